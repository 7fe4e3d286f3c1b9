using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// The benchmark's web: one listener answering on 127.0.0.2 … 127.0.0.(N+1), the same port on each, with
/// fixed latency, a transient 503 on the first request for some paths, and a count of requests in
/// flight per host (taken down before the response is written, so it never exceeds what the client holds).
/// </summary>
internal sealed class BenchLinkServer : IAsyncDisposable
{
    private static readonly byte[] Page = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Document</title></head><body><h1>Document</h1><p>Cited text.</p></body></html>");

    private readonly HttpListener _listener = new();
    private readonly TimeSpan _latency;
    private readonly HashSet<string> _faulty;
    private readonly ConcurrentDictionary<string, int> _faulted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HostCounters> _hosts = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<Task> _handlers = [];
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    public BenchLinkServer(int hosts, TimeSpan latency, IEnumerable<string> faultyPaths)
    {
        Port = FreePort();
        Hosts = [.. Enumerable.Range(2, hosts).Select(i => $"127.0.0.{i}")];
        foreach (var host in Hosts)
        {
            _listener.Prefixes.Add($"http://{host}:{Port}/");
        }

        _latency = latency;
        _faulty = new HashSet<string>(faultyPaths, StringComparer.Ordinal);
    }

    public int Port { get; }

    public IReadOnlyList<string> Hosts { get; }

    public int Requests => _hosts.Values.Sum(h => h.Requests);

    public int TransientFailuresServed => _faulted.Count;

    public IReadOnlyDictionary<string, HostCounters> PerHost => _hosts;

    public void Start()
    {
        _listener.Start();
        _loop = AcceptAsync(_stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        if (_loop is not null)
        {
            await _loop;
        }

        await Task.WhenAll(_handlers);
        _listener.Close();
        _stop.Dispose();
    }

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _handlers.Add(HandleAsync(context, cancellationToken));
        }
    }

    private async Task HandleAsync(HttpListenerContext context, CancellationToken cancellationToken)
    {
        var host = context.Request.LocalEndPoint.Address.ToString();
        var counters = _hosts.GetOrAdd(host, _ => new HostCounters());
        var path = context.Request.Url?.AbsolutePath ?? "/";
        var failNow = false;
        counters.Enter();
        try
        {
            await Task.Delay(_latency, cancellationToken);
            failNow = _faulty.Contains(host + path) && _faulted.TryAdd(host + path, 1);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: answer anyway so the client is not left waiting.
        }
        finally
        {
            counters.Leave();
        }

        try
        {
            var response = context.Response;
            response.StatusCode = failNow ? 503 : 200;
            response.ContentType = "text/html; charset=utf-8";
            if (failNow || context.Request.HttpMethod == "HEAD")
            {
                response.ContentLength64 = failNow ? 0 : Page.Length;
                response.Close();
                return;
            }

            response.ContentLength64 = Page.Length;
            await response.OutputStream.WriteAsync(Page, cancellationToken);
            response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The client went away; nothing to answer.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Requests one host served and the most it had in flight at once.</summary>
    internal sealed class HostCounters
    {
        private readonly Lock _gate = new();
        private int _inFlight;

        public int Requests { get; private set; }

        public int MaxInFlight { get; private set; }

        public void Enter()
        {
            lock (_gate)
            {
                Requests++;
                _inFlight++;
                MaxInFlight = Math.Max(MaxInFlight, _inFlight);
            }
        }

        public void Leave()
        {
            lock (_gate)
            {
                _inFlight--;
            }
        }
    }
}

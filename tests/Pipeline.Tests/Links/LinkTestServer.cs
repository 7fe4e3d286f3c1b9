using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pipeline.Tests.Links;

/// <summary>
/// A real HTTP server on 127.0.0.1 (Kestrel, port 0) with one endpoint per behaviour the link checker
/// must handle. It records every request and counts requests in flight per Host header; the count is
/// taken down before the response is written, so it can never exceed what the client has in flight.
/// </summary>
internal sealed class LinkTestServer : IAsyncDisposable
{
    public const string SoftNotFoundPage = "<!DOCTYPE html><html><head><title>Page not found</title></head><body><h1>Sorry, we couldn't find that page</h1></body></html>";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SeenRequest> _seen = new();
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, HostCount> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private long _hugeBytesWritten;

    private LinkTestServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public int Port => BaseUri.Port;

    public IReadOnlyList<SeenRequest> Seen => [.. _seen];

    public long HugeBytesWritten => Interlocked.Read(ref _hugeBytesWritten);

    /// <summary>The most requests any one host had in flight at once.</summary>
    public int MaxInFlightPerHost => _hosts.Values.Select(h => h.Max).DefaultIfEmpty(0).Max();

    public static async Task<LinkTestServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LinkTestServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    public string Url(string path) => new Uri(BaseUri, path).AbsoluteUri;

    public IReadOnlyList<SeenRequest> SeenFor(string pathPrefix) =>
        [.. _seen.Where(r => r.Path.StartsWith(pathPrefix, StringComparison.Ordinal))];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        _seen.Enqueue(new SeenRequest(request.Method, path, request.QueryString.Value ?? string.Empty, request.Host.Value ?? string.Empty, DateTimeOffset.UtcNow, request.Headers.UserAgent.ToString()));
        var hit = _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        var host = _hosts.GetOrAdd(request.Host.Value ?? string.Empty, _ => new HostCount());
        host.Enter();
        var left = 0;
        void Leave()
        {
            if (Interlocked.Exchange(ref left, 1) == 0)
            {
                host.Leave();
            }
        }

        try
        {
            await RespondAsync(context, path, hit, Leave);
        }
        finally
        {
            Leave();
        }
    }

    private async Task RespondAsync(HttpContext context, string path, int hit, Action leave)
    {
        var response = context.Response;
        var aborted = context.RequestAborted;
        var isHead = HttpMethods.IsHead(context.Request.Method);
        switch (path)
        {
            case "/ok":
                leave();
                await PageAsync(context, "Khrushchev's secret speech");
                return;
            case "/paper.pdf":
                leave();
                response.ContentType = "application/pdf";
                response.ContentLength = 4;
                if (!isHead)
                {
                    await response.WriteAsync("%PDF", aborted);
                }

                return;
            case "/chain/start":
                leave();
                Redirect(response, 301, "/chain/middle");
                return;
            case "/chain/middle":
                leave();
                Redirect(response, 302, "/chain/end#section");
                return;
            case "/chain/end":
                leave();
                await PageAsync(context, "The end of the chain");
                return;
            case "/loop/a":
                leave();
                Redirect(response, 302, "/loop/b");
                return;
            case "/loop/b":
                leave();
                Redirect(response, 302, "/loop/a");
                return;
            case "/missing":
                leave();
                response.StatusCode = 404;
                return;
            case "/gone":
                leave();
                response.StatusCode = 410;
                return;
            case "/forbidden":
                leave();
                response.StatusCode = 403;
                return;
            case "/flaky":
                leave();
                if (hit == 1)
                {
                    response.StatusCode = 500;
                    return;
                }

                await PageAsync(context, "Recovered");
                return;
            case "/unavailable":
            case "/throttled":
                leave();
                if (hit == 1)
                {
                    response.StatusCode = path == "/unavailable" ? 503 : 429;
                    response.Headers.RetryAfter = "1";
                    return;
                }

                await PageAsync(context, "Back again");
                return;
            case "/slow":
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(5), aborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                leave();
                await PageAsync(context, "Finally");
                return;
            case "/reset":
                leave();
                context.Abort();
                return;
            case "/huge":
                leave();
                await HugeAsync(context);
                return;
            case "/no-head":
                leave();
                if (isHead)
                {
                    response.StatusCode = 405;
                    response.Headers.Allow = "GET";
                    return;
                }

                await PageAsync(context, "Only GET here");
                return;
            case "/":
                leave();
                await PageAsync(context, "Home");
                return;
            case "/wayback/available":
                leave();
                await WaybackAsync(context);
                return;
            default:
                break;
        }

        if (path.StartsWith("/soft/", StringComparison.Ordinal))
        {
            leave();
            response.ContentType = "text/html; charset=utf-8";
            if (!isHead)
            {
                await response.WriteAsync(SoftNotFoundPage, aborted);
            }

            return;
        }

        if (path.StartsWith("/moved-home/", StringComparison.Ordinal))
        {
            leave();
            Redirect(response, 302, "/");
            return;
        }

        if (path == "/real/error-codes")
        {
            leave();
            await PageAsync(context, "HTTP 404 Not Found explained");
            return;
        }

        if (path.StartsWith("/delay/", StringComparison.Ordinal))
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(60), aborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            leave();
            response.ContentType = "application/pdf";
            return;
        }

        leave();
        response.StatusCode = 404;
    }

    private static void Redirect(HttpResponse response, int status, string location)
    {
        response.StatusCode = status;
        response.Headers.Location = location;
    }

    private static async Task PageAsync(HttpContext context, string title)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            var html = $"<!DOCTYPE html><html><head><title>{WebUtility.HtmlEncode(title)}</title></head><body><h1>{WebUtility.HtmlEncode(title)}</h1><p>Text.</p></body></html>";
            await context.Response.WriteAsync(html, context.RequestAborted);
        }
    }

    private async Task HugeAsync(HttpContext context)
    {
        const int total = 50 * 1024 * 1024;
        var response = context.Response;
        response.ContentType = "text/html";
        response.ContentLength = total;
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        var chunk = Encoding.ASCII.GetBytes("<html><head><title>Big</title></head><body>" + new string('x', (64 * 1024) - 44));
        try
        {
            // Kestrel quietly drops writes once the client has gone, so stop on the abort signal.
            for (var written = 0; written < total && !context.RequestAborted.IsCancellationRequested; written += chunk.Length)
            {
                var size = Math.Min(chunk.Length, total - written);
                await response.Body.WriteAsync(chunk.AsMemory(0, size), context.RequestAborted);
                Interlocked.Add(ref _hugeBytesWritten, size);

                // Paced like a real network, so the count measures what the client asked for rather
                // than how fast writes to an already closed connection are discarded.
                await Task.Delay(1, context.RequestAborted);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The client stopped reading, as it should.
        }
    }

    private async Task WaybackAsync(HttpContext context)
    {
        var url = context.Request.Query["url"].ToString();
        var timestamp = context.Request.Query["timestamp"].ToString();
        var stamp = timestamp.Length == 8 ? timestamp + "120000" : "20240101120000";
        var snapshot = $"{BaseUri.AbsoluteUri}web/{stamp}/{url}";
        context.Response.ContentType = "application/json";
        var json = JsonSerializer.Serialize(new
        {
            url,
            archived_snapshots = new { closest = new { status = "200", available = true, url = snapshot, timestamp = stamp } },
        });
        await context.Response.WriteAsync(json, context.RequestAborted);
    }

    /// <summary>One request the server saw.</summary>
    internal sealed record SeenRequest(string Method, string Path, string Query, string Host, DateTimeOffset At, string UserAgent);

    private sealed class HostCount
    {
        private readonly Lock _gate = new();
        private int _now;

        public int Max { get; private set; }

        public void Enter()
        {
            lock (_gate)
            {
                _now++;
                Max = Math.Max(Max, _now);
            }
        }

        public void Leave()
        {
            lock (_gate)
            {
                _now--;
            }
        }
    }
}

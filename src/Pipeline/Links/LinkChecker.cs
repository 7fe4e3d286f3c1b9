using System.Collections.Immutable;
using Pipeline.Links.Archive;
using Pipeline.Links.Cache;
using Pipeline.Links.Collect;
using Pipeline.Links.Fetch;
using Pipeline.Links.Report;
using Pipeline.Links.Safety;

namespace Pipeline.Links;

/// <summary>
/// Checks cited URLs for link rot: fetches each (politely, per host), classifies it, looks up an archived
/// copy for the ones that are not fine, and uses a cache when given one. One instance, one HttpClient.
/// </summary>
public sealed class LinkChecker : IAsyncDisposable
{
    private readonly LinkCheckOptions _options;
    private readonly TimeProvider _time;
    private readonly ProbeClient _client;
    private readonly LinkInspector _inspector;
    private readonly WaybackClient _wayback;

    /// <param name="options">Politeness, timeouts and safety.</param>
    /// <param name="time">Clock for delays and timeouts (tests use a fake one).</param>
    /// <param name="handler">The HTTP handler; by default <see cref="LinkHttp.CreateHandler"/> with <paramref name="resolver"/>.</param>
    /// <param name="resolver">Name resolution for the default handler (the system resolver by default).</param>
    public LinkChecker(LinkCheckOptions options, TimeProvider? time = null, HttpMessageHandler? handler = null, IHostResolver? resolver = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _time = time ?? TimeProvider.System;
        _client = new ProbeClient(options, _time, handler ?? LinkHttp.CreateHandler(options, resolver), disposeHandler: handler is null);
        _inspector = new LinkInspector(_client, options);
        _wayback = new WaybackClient(_client, options.ArchiveBaseUrl);
    }

    /// <summary>Checks every link; results come back in the order of <paramref name="links"/>.</summary>
    public async Task<ImmutableArray<LinkResult>> CheckAsync(IReadOnlyList<CitedLink> links, LinkCache? cache, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(links);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        run.CancelAfter(RunBudget(links));
        var cached = new Dictionary<string, LinkResult>(StringComparer.Ordinal);
        if (cache is not null)
        {
            foreach (var link in links.Where(l => l.Problem is null))
            {
                if (await cache.TryGetAsync(link.Url, cancellationToken).ConfigureAwait(false) is { } hit)
                {
                    cached[link.Url] = hit;
                }
            }
        }

        // A URL is admitted by its host only when one of the host's slots is free, and keeps the slot
        // until its HEAD, GET and redirects are done: its follow-up requests never queue behind every
        // other URL's first request, so a long list on one host gets verdicts instead of timeouts.
        var admissions = new Dictionary<string, SemaphoreSlim>(StringComparer.Ordinal);
        try
        {
            var results = await Task.WhenAll(links.Select(link =>
                cached.TryGetValue(link.Url, out var hit)
                    ? Task.FromResult(hit with { CitedIn = link.CitedIn })
                    : CheckAdmittedAsync(link, AdmissionFor(admissions, link), run.Token, cancellationToken))).ConfigureAwait(false);

            if (cache is not null)
            {
                await cache.PutAsync(results.Where(r => !r.Cached && IsWorthCaching(r)), cancellationToken).ConfigureAwait(false);
            }

            return [.. results];
        }
        finally
        {
            foreach (var admission in admissions.Values)
            {
                admission.Dispose();
            }
        }
    }

    public ValueTask DisposeAsync() => _client.DisposeAsync();

    /// <summary>The host a link is first requested from, the key of its admission.</summary>
    private static string? HostOf(CitedLink link) =>
        link.Problem is null && Uri.TryCreate(link.Url, UriKind.Absolute, out var uri) ? uri.Authority : null;

    private SemaphoreSlim? AdmissionFor(Dictionary<string, SemaphoreSlim> admissions, CitedLink link)
    {
        if (HostOf(link) is not { } host)
        {
            return null;
        }

        if (!admissions.TryGetValue(host, out var admission))
        {
            admission = new SemaphoreSlim(Math.Max(1, _options.PerHostConcurrency));
            admissions[host] = admission;
        }

        return admission;
    }

    /// <summary>
    /// The bound on the whole run: the time limit, plus four times what politeness alone needs for the
    /// busiest host (two requests per URL, the host's concurrency, its interval). Each URL has the time
    /// limit to itself from when its host admits it; this outer bound only makes sure a run ends even on
    /// a machine too loaded to keep pace, and grows with the work so it never cuts a polite run short.
    /// </summary>
    private TimeSpan RunBudget(IReadOnlyList<CitedLink> links)
    {
        var busiest = links.Select(HostOf).OfType<string>().GroupBy(h => h, StringComparer.Ordinal).Select(g => g.Count()).DefaultIfEmpty(0).Max();
        var rounds = (long)Math.Ceiling(2.0 * busiest / Math.Max(1, _options.PerHostConcurrency));
        var interval = Math.Max(_options.PerHostInterval.Ticks, TimeSpan.TicksPerMillisecond * 50);
        return _options.RunTimeout + TimeSpan.FromTicks(Math.Min(TimeSpan.TicksPerDay, 4 * rounds * interval));
    }

    private async Task<LinkResult> CheckAdmittedAsync(CitedLink link, SemaphoreSlim? admission, CancellationToken runToken, CancellationToken callerToken)
    {
        if (admission is null)
        {
            return await CheckOneAsync(link, runToken, callerToken).ConfigureAwait(false);
        }

        try
        {
            await admission.WaitAsync(runToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested && !callerToken.IsCancellationRequested)
        {
            return new LinkResult { Url = link.Url, Status = LinkStatus.Timeout, CitedIn = link.CitedIn, Detail = "not started: " + RunLimitReached };
        }

        try
        {
            // The URL's own time limit starts now, not while it waited for its host.
            using var own = CancellationTokenSource.CreateLinkedTokenSource(runToken);
            own.CancelAfter(_options.RunTimeout);
            return await CheckOneAsync(link, own.Token, callerToken).ConfigureAwait(false);
        }
        finally
        {
            admission.Release();
        }
    }

    private async Task<LinkResult> CheckOneAsync(CitedLink link, CancellationToken runToken, CancellationToken callerToken)
    {
        if (link.Problem is { } problem)
        {
            return new LinkResult
            {
                Url = link.Url,
                Status = problem,
                CitedIn = link.CitedIn,
                Detail = problem == LinkStatus.UnsupportedScheme ? "only http and https are checked" : "not a valid URL",
            };
        }

        var started = _time.GetTimestamp();
        Inspection inspection;
        try
        {
            inspection = await _inspector.InspectAsync(new Uri(link.Url), runToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested && !callerToken.IsCancellationRequested)
        {
            inspection = new Inspection(LinkStatus.Timeout, null, null, [], 0, RunLimitReached);
        }

        var result = new LinkResult
        {
            Url = link.Url,
            Status = inspection.Status,
            HttpStatus = inspection.HttpStatus,
            FinalUrl = inspection.FinalUrl,
            RedirectKind = inspection.Redirects.IsEmpty ? null : inspection.Redirects.All(h => h.IsPermanent) ? "permanent" : "temporary",
            Redirects = inspection.Redirects,
            Attempts = inspection.Attempts,
            ElapsedMs = (long)_time.GetElapsedTime(started).TotalMilliseconds,
            CitedIn = link.CitedIn,
            Detail = inspection.Detail,
        };

        if (result.Status.IsFine() || !_options.LookUpArchive || runToken.IsCancellationRequested)
        {
            return result;
        }

        try
        {
            var (snapshot, archiveProblem) = await _wayback.FindAsync(link.Url, link.AccessDate, runToken).ConfigureAwait(false);
            return snapshot is null
                ? result with { Detail = Join(result.Detail, archiveProblem) }
                : result with { ArchivedUrl = snapshot.Url, ArchivedAt = snapshot.TakenAt };
        }
        catch (OperationCanceledException) when (runToken.IsCancellationRequested && !callerToken.IsCancellationRequested)
        {
            return result with { Detail = Join(result.Detail, "archive look-up cut short: " + RunLimitReached) };
        }
    }

    private const string RunLimitReached = "the run's time limit was reached";

    /// <summary>Only answers a server gave are kept: network failures and policy refusals are checked afresh next run.</summary>
    private static bool IsWorthCaching(LinkResult result) =>
        result.HttpStatus is not null
        && result.Status is not (LinkStatus.Refused or LinkStatus.Timeout)
        && result.Detail?.Contains(RunLimitReached, StringComparison.Ordinal) != true;

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : $"{first}; {second}";
}

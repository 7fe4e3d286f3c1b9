using Polly;

namespace Pipeline.Links.Fetch;

/// <summary>How politely, how patiently and how far the link checker fetches.</summary>
public sealed record LinkCheckOptions
{
    /// <summary>Fetch hosts that resolve to loopback, private or link-local addresses (off by default).</summary>
    public bool AllowPrivate { get; init; }

    /// <summary>Requests in flight to one host at a time.</summary>
    public int PerHostConcurrency { get; init; } = 2;

    /// <summary>Minimum time between the starts of two requests to one host.</summary>
    public TimeSpan PerHostInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Requests in flight over all hosts.</summary>
    public int GlobalConcurrency { get; init; } = 16;

    /// <summary>Time allowed to open a TCP connection.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Time allowed for one attempt (headers and the capped body).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Time allowed for one request including its retries.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries after the first attempt on transient failures (5xx, 408, 429, resets, timeouts).</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First backoff delay; doubles each retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait a <c>Retry-After</c> header may ask for.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Failure ratio over <see cref="CircuitSamplingDuration"/> that opens a host's circuit.</summary>
    public double CircuitFailureRatio { get; init; } = 0.5;

    /// <summary>Requests a host must have seen in the sampling window before its circuit can open.</summary>
    public int CircuitMinimumThroughput { get; init; } = 20;

    public TimeSpan CircuitSamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan CircuitBreakDuration { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Redirects followed before the chain counts as a loop.</summary>
    public int MaxRedirects { get; init; } = 10;

    /// <summary>Bytes of a page read at most (a huge page is read only as far as this).</summary>
    public int MaxBodyBytes { get; init; } = 512 * 1024;

    /// <summary>
    /// Bound on one URL's check, counted from when its host admits it; a URL not done by then is a
    /// timeout. The whole run is bounded by this plus a multiple of what politeness needs.
    /// </summary>
    public TimeSpan RunTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>Ask the Internet Archive for snapshots of links that are not fine.</summary>
    public bool LookUpArchive { get; init; } = true;

    /// <summary>Base URL of the Wayback availability API.</summary>
    public Uri ArchiveBaseUrl { get; init; } = new("https://archive.org");

    /// <summary>Extra strategies placed innermost in every host pipeline (chaos testing).</summary>
    internal Action<string, ResiliencePipelineBuilder<HttpProbe>>? ConfigureAttempt { get; init; }
}

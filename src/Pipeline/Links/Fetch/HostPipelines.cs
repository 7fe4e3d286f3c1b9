using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Pipeline.Links.Classify;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using Polly.Retry;

namespace Pipeline.Links.Fetch;

/// <summary>
/// One resilience pipeline per host, kept in a registry: total timeout, retry (exponential backoff with
/// jitter, honouring capped <c>Retry-After</c>), circuit breaker, the host's politeness limiter (under the
/// run-wide concurrency limit) and the per-attempt timeout, outermost first.
/// </summary>
internal sealed class HostPipelines : IAsyncDisposable
{
    /// <summary>Counts the attempts of one execution (retries included) through the context.</summary>
    public static readonly ResiliencePropertyKey<AttemptCounter> Attempts = new("pipeline.links.attempts");

    private readonly ResiliencePipelineRegistry<string> _registry;
    private readonly ConcurrencyLimiter _global;
    private readonly LinkCheckOptions _options;
    private readonly TimeProvider _time;
    private readonly List<RateLimiter> _limiters = [];
    private readonly Lock _limitersGate = new();
    private readonly ConcurrentDictionary<string, LinkStatus> _tripStatus = new(StringComparer.Ordinal);

    public HostPipelines(LinkCheckOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        _global = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.GlobalConcurrency,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _registry = new ResiliencePipelineRegistry<string>(new ResiliencePipelineRegistryOptions<string>
        {
            BuilderNameFormatter = host => $"links:{host}",
        });
    }

    /// <summary>The pipeline for a host key (<c>host:port</c>).</summary>
    public ResiliencePipeline<HttpProbe> For(string host) =>
        _registry.GetOrAddPipeline<HttpProbe>(host, (builder, _) => Configure(builder, host));

    /// <summary>What the failures that last opened a host's circuit were (server errors when unknown).</summary>
    public LinkStatus TripStatus(string host) => _tripStatus.GetValueOrDefault(host, LinkStatus.ServerError);

    public async ValueTask DisposeAsync()
    {
        await _registry.DisposeAsync().ConfigureAwait(false);
        lock (_limitersGate)
        {
            foreach (var limiter in _limiters)
            {
                limiter.Dispose();
            }
        }

        _global.Dispose();
    }

    private void Configure(ResiliencePipelineBuilder<HttpProbe> builder, string host)
    {
        builder.TimeProvider = _time;
        var limiter = new HostPolitenessLimiter(_options.PerHostConcurrency, _options.PerHostInterval, _global, _time);
        lock (_limitersGate)
        {
            _limiters.Add(limiter);
        }

        builder
            .AddTimeout(_options.RequestTimeout)
            .AddRetry(new RetryStrategyOptions<HttpProbe>
            {
                MaxRetryAttempts = Math.Max(1, _options.MaxRetries),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryBaseDelay,
                MaxDelay = _options.MaxRetryAfter,
                ShouldHandle = args => ValueTask.FromResult(_options.MaxRetries > 0 && IsTransient(args.Outcome, args.Context.CancellationToken)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
                OnRetry = args =>
                {
                    if (args.Context.Properties.TryGetValue(Attempts, out var counter))
                    {
                        counter.Add();
                    }

                    return ValueTask.CompletedTask;
                },
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<HttpProbe>
            {
                FailureRatio = _options.CircuitFailureRatio,
                MinimumThroughput = Math.Max(2, _options.CircuitMinimumThroughput),
                SamplingDuration = _options.CircuitSamplingDuration,
                BreakDuration = _options.CircuitBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome, args.Context.CancellationToken)),
                OnOpened = args =>
                {
                    _tripStatus[host] = args.Outcome.Exception is { } exception
                        ? FailureKinds.Classify(exception)
                        : HttpStatusClassifier.Classify(args.Outcome.Result?.Status ?? 500, redirected: false);
                    return ValueTask.CompletedTask;
                },
            })
            .AddRateLimiter(limiter)
            .AddTimeout(_options.AttemptTimeout);
        _options.ConfigureAttempt?.Invoke(host, builder);
    }

    private static bool IsTransient(Outcome<HttpProbe> outcome, CancellationToken token) =>
        outcome.Exception is { } exception
            ? FailureKinds.IsTransient(exception, token)
            : outcome.Result is { } probe && FailureKinds.IsTransient(probe.Status);
}

using System.Threading.RateLimiting;

namespace Pipeline.Links.Fetch;

/// <summary>
/// The rate limiter of one host: at most N requests in flight to the host, starts at least an interval
/// apart, and a permit of the run-wide limiter as well. The host permit is taken first so a busy host
/// never holds global permits while it waits its turn.
/// </summary>
internal sealed class HostPolitenessLimiter : RateLimiter
{
    private readonly ConcurrencyLimiter _host;
    private readonly ConcurrencyLimiter _global;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private DateTimeOffset _nextStart = DateTimeOffset.MinValue;
    private DateTimeOffset? _idleSince;

    public HostPolitenessLimiter(int concurrency, TimeSpan interval, ConcurrencyLimiter global, TimeProvider time)
    {
        _host = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = concurrency,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _global = global;
        _interval = interval;
        _time = time;
        _idleSince = time.GetUtcNow();
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_gate)
            {
                return _idleSince is { } since ? _time.GetUtcNow() - since : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics() => _host.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        throw new NotSupportedException("The link checker only waits for permits.");

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        var hostLease = await _host.AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false);
        if (!hostLease.IsAcquired)
        {
            return hostLease;
        }

        try
        {
            await WaitForTurnAsync(cancellationToken).ConfigureAwait(false);
            var globalLease = await _global.AcquireAsync(permitCount, cancellationToken).ConfigureAwait(false);
            if (!globalLease.IsAcquired)
            {
                hostLease.Dispose();
                return globalLease;
            }

            lock (_gate)
            {
                _idleSince = null;
            }

            return new Lease(this, hostLease, globalLease);
        }
        catch
        {
            hostLease.Dispose();
            throw;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _host.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task WaitForTurnAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var start = _nextStart > now ? _nextStart : now;
            _nextStart = start + _interval;
            wait = start - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Released()
    {
        lock (_gate)
        {
            if (_host.GetStatistics() is { CurrentAvailablePermits: var available } && available > 0)
            {
                _idleSince ??= _time.GetUtcNow();
            }
        }
    }

    private sealed class Lease(HostPolitenessLimiter owner, RateLimitLease host, RateLimitLease global) : RateLimitLease
    {
        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                global.Dispose();
                host.Dispose();
                owner.Released();
            }

            base.Dispose(disposing);
        }
    }
}

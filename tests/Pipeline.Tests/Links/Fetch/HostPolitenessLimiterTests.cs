using System.Threading.RateLimiting;
using Microsoft.Extensions.Time.Testing;
using Pipeline.Links.Fetch;

namespace Pipeline.Tests.Links.Fetch;

/// <summary>The per-host limiter on a fake clock: concurrency, minimum interval, and the run-wide limit.</summary>
public sealed class HostPolitenessLimiterTests
{
    [Fact]
    public async Task AcquireAsync_SecondRequest_WaitsTheIntervalAfterTheFirstStart()
    {
        var time = new FakeTimeProvider();
        using var global = Global(10);
        using var limiter = new HostPolitenessLimiter(2, TimeSpan.FromSeconds(1), global, time);

        using var first = await limiter.AcquireAsync();
        var second = limiter.AcquireAsync().AsTask();
        await Task.Delay(50);
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(999));
        await Task.Delay(50);
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));

        using var lease = await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(lease.IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_HostAtItsLimit_WaitsForARelease()
    {
        var time = new FakeTimeProvider();
        using var global = Global(10);
        using var limiter = new HostPolitenessLimiter(1, TimeSpan.Zero, global, time);

        var first = await limiter.AcquireAsync();
        var second = limiter.AcquireAsync().AsTask();
        await Task.Delay(50);
        Assert.False(second.IsCompleted);
        first.Dispose();

        using var lease = await second.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(lease.IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_TwoHostsUnderAGlobalLimitOfOne_ShareIt()
    {
        var time = new FakeTimeProvider();
        using var global = Global(1);
        using var hostA = new HostPolitenessLimiter(2, TimeSpan.Zero, global, time);
        using var hostB = new HostPolitenessLimiter(2, TimeSpan.Zero, global, time);

        var a = await hostA.AcquireAsync();
        var b = hostB.AcquireAsync().AsTask();
        await Task.Delay(50);
        Assert.False(b.IsCompleted);
        a.Dispose();

        using var lease = await b.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(lease.IsAcquired);
    }

    private static ConcurrencyLimiter Global(int permits) => new(new ConcurrencyLimiterOptions
    {
        PermitLimit = permits,
        QueueLimit = int.MaxValue,
    });
}

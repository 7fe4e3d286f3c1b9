namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// Samples the managed heap every few milliseconds while a run goes, keeping the largest value, because
/// the heap's size between collections, not after them, is what a run needs in memory.
/// </summary>
internal sealed class HeapSampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peak;

    public HeapSampler() => _loop = SampleAsync(_stop.Token);

    public long PeakBytes => Interlocked.Read(ref _peak);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping is the normal end.
        }

        _stop.Dispose();
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(5));
        while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
        {
            var now = GC.GetTotalMemory(forceFullCollection: false);
            if (now > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, now);
            }
        }
    }
}

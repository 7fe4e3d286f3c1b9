using System.Collections.Concurrent;

namespace Pipeline.Native.Tesseract;

/// <summary>
/// Tesseract engines, one per concurrent caller, created on first use and reused: loading the
/// trained data costs more than recognising a small image.
/// </summary>
internal sealed class TesseractEnginePool : IDisposable
{
    private readonly ConcurrentBag<TesseractEngine> _idle = [];
    private readonly SemaphoreSlim _slots;
    private readonly string? _dataPath;
    private readonly string _language;
    private int _disposed;

    public TesseractEnginePool(string? dataPath, string language, int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _dataPath = dataPath;
        _language = language;
        _slots = new SemaphoreSlim(size, size);
    }

    /// <summary>Runs <paramref name="work"/> on a thread-pool thread with an engine nobody else is using.</summary>
    public async Task<T> RunAsync<T>(Func<TesseractEngine, T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Task.Run(
                () =>
                {
                    var engine = _idle.TryTake(out var idle) ? idle : TesseractEngine.Create(_dataPath, _language);
                    try
                    {
                        return work(engine);
                    }
                    finally
                    {
                        _idle.Add(engine);
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        while (_idle.TryTake(out var engine))
        {
            engine.Dispose();
        }

        _slots.Dispose();
    }
}

namespace Pipeline.Ocr;

/// <summary>
/// An engine started on its first recognition: a reader that may meet a scanned page holds one
/// without loading Tesseract's models for the born-digital documents that never need them.
/// </summary>
public sealed class LazyOcrEngine : IOcrEngine, IDisposable
{
    private readonly Lazy<IOcrEngine> _engine;

    public LazyOcrEngine(Func<IOcrEngine> start)
    {
        ArgumentNullException.ThrowIfNull(start);
        _engine = new(start, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Whether the engine has been started.</summary>
    public bool IsStarted => _engine.IsValueCreated;

    /// <inheritdoc />
    public string Name => _engine.Value.Name;

    /// <inheritdoc />
    public Task<OcrPage> RecognizeAsync(ReadOnlyMemory<byte> image, OcrOptions options, CancellationToken cancellationToken) =>
        _engine.Value.RecognizeAsync(image, options, cancellationToken);

    public void Dispose()
    {
        if (_engine.IsValueCreated && _engine.Value is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}

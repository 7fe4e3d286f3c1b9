namespace Pipeline.Ocr;

/// <summary>
/// An engine started on its first recognition: a reader that may meet a scanned page holds one
/// without loading Tesseract's models for the born-digital documents that never need them, and a
/// figure whose result is cached names the engine (the cache key) without starting it.
/// </summary>
public sealed class LazyOcrEngine : IOcrEngine, IDisposable
{
    private readonly Lazy<IOcrEngine> _engine;

    /// <param name="start">Starts the engine.</param>
    /// <param name="name">The name the started engine will have, known before it starts.</param>
    public LazyOcrEngine(Func<IOcrEngine> start, string name)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentException.ThrowIfNullOrEmpty(name);
        _engine = new(start, LazyThreadSafetyMode.ExecutionAndPublication);
        Name = name;
    }

    /// <summary>Whether the engine has been started.</summary>
    public bool IsStarted => _engine.IsValueCreated;

    /// <inheritdoc />
    public string Name { get; }

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

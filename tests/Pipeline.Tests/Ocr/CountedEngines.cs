using Pipeline.Ocr;

namespace Pipeline.Tests.Ocr;

/// <summary>Real Tesseract engines, counted as they are started and disposed.</summary>
internal sealed class CountedEngines : IDisposable
{
    private int _starts;
    private int _disposals;

    public CountedEngines() =>
        Engines = new OcrEngines(
            options =>
            {
                Interlocked.Increment(ref _starts);
                return new CountedEngine(new TesseractOcrEngine(options.Language, options.DataPath), () => Interlocked.Increment(ref _disposals));
            },
            _ => TesseractOcrEngine.EngineName);

    public OcrEngines Engines { get; }

    public int Starts => Volatile.Read(ref _starts);

    public int Disposals => Volatile.Read(ref _disposals);

    public void Dispose() => Engines.Dispose();

    private sealed class CountedEngine(TesseractOcrEngine engine, Action disposed) : IOcrEngine, IDisposable
    {
        public string Name => engine.Name;

        public Task<OcrPage> RecognizeAsync(ReadOnlyMemory<byte> image, OcrOptions options, CancellationToken cancellationToken) =>
            engine.RecognizeAsync(image, options, cancellationToken);

        public void Dispose()
        {
            engine.Dispose();
            disposed();
        }
    }
}

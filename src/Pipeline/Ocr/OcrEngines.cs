using System.Collections.Concurrent;

namespace Pipeline.Ocr;

/// <summary>
/// The OCR engines of one converter: one per language and tessdata folder, each started on its
/// first recognition and shared by everything that reads images in a conversion (the PDF reader's
/// scanned pages and the figure OCR stage), so one Tesseract pool serves both and is disposed once,
/// by the owner of this set.
/// </summary>
public sealed class OcrEngines : IDisposable
{
    private readonly Func<OcrOptions, IOcrEngine> _start;
    private readonly Func<OcrOptions, string> _name;
    private readonly ConcurrentDictionary<(string Language, string? DataPath), LazyOcrEngine> _engines = new();

    /// <summary>Tesseract engine pools, one per language and data path.</summary>
    public OcrEngines()
        : this(options => new TesseractOcrEngine(options.Language, options.DataPath), _ => TesseractOcrEngine.EngineName)
    {
    }

    /// <param name="start">Starts the engine for the options' language and data path.</param>
    /// <param name="name">
    /// The name the engine <paramref name="start"/> gives will have: cache keys are made from it, so
    /// a cached result is found without starting an engine.
    /// </param>
    public OcrEngines(Func<OcrOptions, IOcrEngine> start, Func<OcrOptions, string> name)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(name);
        _start = start;
        _name = name;
    }

    /// <summary>How many engines have been started so far.</summary>
    public int Started => _engines.Values.Count(e => e.IsStarted);

    /// <summary>The engine for <paramref name="options"/>' language and data path; started when it first recognises.</summary>
    public IOcrEngine For(OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // A lost race builds a second wrapper that is never started; only the stored one ever is.
        return _engines.GetOrAdd((options.Language, options.DataPath), _ => new LazyOcrEngine(() => _start(options), _name(options)));
    }

    public void Dispose()
    {
        foreach (var engine in _engines.Values)
        {
            engine.Dispose();
        }

        _engines.Clear();
    }
}

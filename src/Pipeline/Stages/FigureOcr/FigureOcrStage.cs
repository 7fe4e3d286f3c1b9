using System.Collections.Immutable;
using System.Globalization;
using Pipeline.Diagnostics;
using Pipeline.IO;
using Pipeline.Model;
using Pipeline.Ocr;
using Pipeline.Stages.Dehyphenation;

namespace Pipeline.Stages.FigureOcr;

/// <summary>
/// Recognises the image of every figure (in parallel, one engine per core) and fills
/// <see cref="Figure.Transcription"/>: paragraphs of lines with pixel boxes and confidences,
/// de-hyphenated by the same judge as the scraped text. Where scraped paragraphs beside the figure
/// already transcribe it, the scrape is marked as the reading text and the agreement reported.
/// Results are cached by image hash. A missing or unusable image leaves the figure marked
/// not transcribed, with a warning; the document still converts.
/// </summary>
public sealed class FigureOcrStage : IStage, IDisposable
{
    /// <summary>Warning: the figure's image file does not exist or cannot be read.</summary>
    public const string ImageMissingCode = "OCR001";

    /// <summary>Warning: the file is not a usable image (empty, truncated, not an image, too large).</summary>
    public const string ImageUnusableCode = "OCR002";

    /// <summary>Warning: the OCR engine is unavailable or failed on the image.</summary>
    public const string EngineFailedCode = "OCR003";

    /// <summary>Info: agreement (CER) between the recognised text and the scraped transcription.</summary>
    public const string ScrapeAgreementCode = "OCR004";

    /// <summary>Info: how many figures were recognised, from the cache or not.</summary>
    public const string SummaryCode = "OCR005";

    /// <summary>Warning: a result could not be written to the cache.</summary>
    public const string CacheWriteCode = "OCR006";

    private readonly FigureOcrOptions _options;
    private readonly Lazy<IOcrEngine> _engine;
    private readonly bool _ownsEngine;
    private readonly bool _ownsWords;
    private readonly Lazy<IWordList?> _words;

    /// <summary>A stage that starts a Tesseract engine pool on its first recognition and opens the word lists on first use.</summary>
    public FigureOcrStage(PipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.FigureOcr;
        var ocr = options.FigureOcr.Ocr;
        _engine = new(new LazyOcrEngine(() => new TesseractOcrEngine(ocr.Language, ocr.DataPath), TesseractOcrEngine.EngineName));
        _ownsEngine = true;
        var dehyphenation = options.Dehyphenation;
        _words = new(() => HunspellWordList.TryOpen(dehyphenation, out _));
        _ownsWords = true;
    }

    /// <summary>
    /// A stage recognising with the conversion's engine for its OCR options (owned by
    /// <paramref name="engines"/>' owner, not disposed here); opens the word lists on first use.
    /// </summary>
    public FigureOcrStage(PipelineOptions options, OcrEngines engines)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(engines);
        _options = options.FigureOcr;
        var ocr = options.FigureOcr.Ocr;
        _engine = new(() => engines.For(ocr));
        var dehyphenation = options.Dehyphenation;
        _words = new(() => HunspellWordList.TryOpen(dehyphenation, out _));
        _ownsWords = true;
    }

    /// <summary>A stage using a given engine (shared, not disposed here) and word list.</summary>
    public FigureOcrStage(FigureOcrOptions options, IOcrEngine engine, IWordList? words)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(engine);
        _options = options;
        _engine = new(engine);
        _words = new(words);
    }

    public string Name => "figure-ocr";

    public async ValueTask<Document> RunAsync(Document document, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        if (!_options.Enabled)
        {
            return document;
        }

        var figures = new List<(Figure Figure, ImmutableArray<Block> Siblings)>();
        Collect(document.Blocks, figures);
        if (figures.Count == 0)
        {
            return document;
        }

        var judge = HyphenationJudge.Create(DocumentTexts.Collect(document), _words.Value);
        var outcomes = await Task.WhenAll(figures.Select(f => TranscribeAsync(document, f.Figure, f.Siblings, judge, cancellationToken)))
            .ConfigureAwait(false);
        var transcriptions = new Dictionary<Figure, Transcription>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < figures.Count; i++)
        {
            transcriptions[figures[i].Figure] = outcomes[i].Transcription;
            foreach (var (severity, code, message) in outcomes[i].Messages)
            {
                context.Diagnostics.Report(code, severity, figures[i].Figure.Span.FirstLine, message);
            }
        }

        var recognised = outcomes.Count(o => o.Transcription.Status == TranscriptionStatus.Transcribed);
        var cached = outcomes.Count(o => o.FromCache);
        context.Diagnostics.Info(
            SummaryCode,
            0,
            string.Create(CultureInfo.InvariantCulture, $"Figure OCR: {recognised} of {figures.Count} images transcribed ({cached} from the cache)."));
        return document with { Blocks = Replace(document.Blocks, transcriptions) };
    }

    public void Dispose()
    {
        if (_ownsEngine && _engine.IsValueCreated && _engine.Value is IDisposable engine)
        {
            engine.Dispose();
        }

        if (_ownsWords && _words.IsValueCreated && _words.Value is IDisposable words)
        {
            words.Dispose();
        }
    }

    private static void Collect(ImmutableArray<Block> blocks, List<(Figure, ImmutableArray<Block>)> figures)
    {
        foreach (var block in blocks)
        {
            if (block is Figure figure)
            {
                figures.Add((figure, blocks));
            }
            else if (block is Division division)
            {
                Collect(division.Content, figures);
            }
        }
    }

    private static ImmutableArray<Block> Replace(ImmutableArray<Block> blocks, Dictionary<Figure, Transcription> transcriptions) =>
        [.. blocks.Select(block => block switch
        {
            Figure figure when transcriptions.TryGetValue(figure, out var transcription) => figure with { Transcription = transcription },
            Division division => division with { Content = Replace(division.Content, transcriptions) },
            _ => block,
        })];

    private async Task<FigureOutcome> TranscribeAsync(
        Document document, Figure figure, ImmutableArray<Block> siblings, IHyphenationJudge judge, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(Path.Combine(document.SourceDirectory, figure.ImagePath));
        var ocr = _options.Ocr;
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return FigureOutcome.Failed(ImageMissingCode, $"Figure {figure.Id}: image {figure.ImagePath} not found; the figure is not transcribed.");
            }

            if (info.Length > ocr.MaxFileBytes)
            {
                return FigureOutcome.Failed(
                    ImageUnusableCode,
                    $"Figure {figure.Id}: image {figure.ImagePath} is {info.Length:N0} bytes, over the {ocr.MaxFileBytes:N0}-byte limit; the figure is not transcribed.");
            }

            bytes = await InputFile.ReadAllBytesAsync(document.SourceDirectory, path, ocr.MaxFileBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FigureOutcome.Failed(ImageMissingCode, $"Figure {figure.Id}: image {figure.ImagePath} cannot be read ({e.Message}); the figure is not transcribed.");
        }

        OcrPage page;
        var fromCache = false;
        var messages = new List<(Severity, string, string)>();
        try
        {
            var engine = _engine.Value;
            var cache = _options.UseCache ? new OcrCache(_options.ResolvedCacheDirectory) : null;
            var key = OcrCache.Key(bytes, engine.Name, ocr);
            var cachedPage = cache is null ? null : await cache.TryLoadAsync(key, cancellationToken).ConfigureAwait(false);
            fromCache = cachedPage is not null;
            page = cachedPage ?? await engine.RecognizeAsync(bytes, ocr, cancellationToken).ConfigureAwait(false);
            if (cache is not null && !fromCache)
            {
                try
                {
                    await cache.StoreAsync(key, page, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    messages.Add((Severity.Warning, CacheWriteCode, $"Figure {figure.Id}: the OCR result could not be cached in {cache.Directory} ({e.Message})."));
                }
            }
        }
        catch (InvalidImageException e)
        {
            return FigureOutcome.Failed(ImageUnusableCode, $"Figure {figure.Id}: {figure.ImagePath}: {e.Message} The figure is not transcribed.");
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or TypeInitializationException or InvalidOperationException)
        {
            return FigureOutcome.Failed(EngineFailedCode, $"Figure {figure.Id}: OCR of {figure.ImagePath} failed ({e.Message}); the figure is not transcribed.");
        }

        var reflowed = OcrReflow.Reflow(page, judge);
        var reading = ReadingTextSource.Ocr;
        if (ScrapedTranscription.Find(siblings, reflowed.Text) is { } scraped)
        {
            var cer = CharacterErrorRate.Compute(reflowed.Text, scraped);
            var agrees = cer <= _options.ScrapeAgreementThreshold;
            reading = agrees ? ReadingTextSource.Scrape : ReadingTextSource.Ocr;
            messages.Add((
                Severity.Info,
                ScrapeAgreementCode,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"Figure {figure.Id}: CER between the OCR and the scraped text beside it is {cer:P1}; ")
                + (agrees ? "the scraped text is the reading text, the OCR keeps the line zones." : "too different to be the same text, so the OCR is the reading text.")));
        }

        var transcription = new Transcription(
            TranscriptionStatus.Transcribed,
            page.Width,
            page.Height,
            reflowed.Paragraphs,
            page.MeanConfidence,
            reading,
            reflowed.Paragraphs.IsEmpty ? "No text was recognised in the image." : null);
        return new FigureOutcome(transcription, fromCache, messages);
    }

    private sealed record FigureOutcome(Transcription Transcription, bool FromCache, List<(Severity Severity, string Code, string Message)> Messages)
    {
        public static FigureOutcome Failed(string code, string message) =>
            new(
                new Transcription(TranscriptionStatus.NotTranscribed, 0, 0, [], 0, ReadingTextSource.Ocr, message),
                false,
                [(Severity.Warning, code, message)]);
    }
}

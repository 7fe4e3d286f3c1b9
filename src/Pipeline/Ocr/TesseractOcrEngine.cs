using System.Collections.Immutable;
using Pipeline.Model;
using Pipeline.Native.Leptonica;
using Pipeline.Native.Tesseract;

namespace Pipeline.Ocr;

/// <summary>
/// OCR with the system's Tesseract 5 and Leptonica: checks the file, preprocesses (grayscale,
/// deskew, enlarge small type, binarise, remove rules), analyses the layout into blocks in reading
/// order and recognises each block. Thread-safe; runs up to <c>poolSize</c> recognitions at once.
/// </summary>
public sealed class TesseractOcrEngine : IOcrEngine, IDisposable
{
    private const int DefaultResolution = 300;
    private readonly TesseractEnginePool _pool;
    private readonly string _language;

    /// <param name="language">Tesseract language code(s) the pool loads.</param>
    /// <param name="dataPath">tessdata folder; null uses the library's default.</param>
    /// <param name="poolSize">Engines that may run at once; defaults to the processor count.</param>
    public TesseractOcrEngine(string language = "eng", string? dataPath = null, int? poolSize = null)
    {
        _language = language;
        _pool = new TesseractEnginePool(dataPath, language, poolSize ?? Environment.ProcessorCount);
    }

    /// <summary>The name every engine of this kind has, known without starting one.</summary>
    public static string EngineName => $"tesseract {TesseractEngine.Version}";

    /// <inheritdoc />
    public string Name => EngineName;

    /// <inheritdoc />
    public Task<OcrPage> RecognizeAsync(ReadOnlyMemory<byte> image, OcrOptions options, CancellationToken cancellationToken) =>
        RecognizeAsync(image, options, null, cancellationToken);

    /// <summary>As the public overload, each phase of the recognition timed on <paramref name="clock"/>.</summary>
    internal Task<OcrPage> RecognizeAsync(ReadOnlyMemory<byte> image, OcrOptions options, OcrPhaseClock? clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.Equals(options.Language, _language, StringComparison.Ordinal))
        {
            throw new ArgumentException($"This engine was loaded for '{_language}', not '{options.Language}'.", nameof(options));
        }

        ImageHeader header;
        try
        {
            header = ImageCheck.Validate(image.Span, options);
        }
        catch (InvalidImageException e)
        {
            // Report bad input through the task like every other failure.
            return Task.FromException<OcrPage>(e);
        }

        return _pool.RunAsync(engine => Recognize(engine, image.Span, header, options, clock, cancellationToken), cancellationToken);
    }

    public void Dispose() => _pool.Dispose();

    private static OcrPage Recognize(
        TesseractEngine engine, ReadOnlySpan<byte> data, ImageHeader header, OcrOptions options, OcrPhaseClock? clock, CancellationToken cancellationToken)
    {
        clock?.Restart();
        using var decoded = Pix.Decode(data) ?? throw new InvalidImageException("The image could not be decoded.");
        if (decoded.Width != header.Width || decoded.Height != header.Height)
        {
            throw new InvalidImageException("The decoded image does not match the size its header claims.");
        }

        clock?.Lap("decode");
        using var prepared = ImagePreparation.Prepare(decoded, options, clock);
        cancellationToken.ThrowIfCancellationRequested();
        var scale = prepared.Scale;
        var stored = decoded.Resolution > 0 ? decoded.Resolution : DefaultResolution;
        var resolution = (int)Math.Round(stored * scale);
        var mapping = new BoxMapping(decoded.Width, decoded.Height, 1, prepared.SkewDegrees);
        var readingMapping = new BoxMapping(decoded.Width, decoded.Height, scale, prepared.SkewDegrees);
        // Tesseract's own page layout (blocks, their types and order) is the starting point. Where
        // its blocks are rectangles apart from each other, each is read on its own, after the
        // page's own evidence (rules, gutters) has cut the merged ones; otherwise the engine reads
        // the page on its own polygons and only the reading order beside rules is corrected.
        var (found, page) = engine.AnalyseLayout(
            prepared.Image,
            stored,
            l =>
            {
                clock?.Lap("layout analysis (Tesseract)");
                return !RegionPlan.IsRectangular(l, prepared.Layout);
            });
        if (!page.IsEmpty)
        {
            clock?.Lap("recognition: whole page");
            var cleaned = page
                .Select(b => b.Kind.IsText() ? b with { Lines = SpeckFilter.Clean(b.Lines) } : b)
                .Where(b => !b.Kind.IsText() || !b.Lines.IsEmpty)
                .ToList();
            var ordered = ColumnOrder.Apply(cleaned, [.. prepared.Layout.VerticalRules]);
            clock?.Lap("specks, order");
            return new OcrPage(
                decoded.Width,
                decoded.Height,
                [.. ordered.Select(b => ToStored(b, mapping))],
                new OcrPreprocessing(prepared.SkewDegrees, 1, stored));
        }

        var regions = RegionPlan.Make(found, prepared.Layout);
        clock?.Lap("region plan");
        var margin = Math.Max(4, prepared.Layout.LineHeight / 4);
        var reading = prepared.Reading;
        clock?.Lap("prepare: reading image");

        // Each region is read as one uniform block: the layout has already been decided.
        var texts = regions.Where(r => r.Kind.IsText()).Select(r => Scale(Pad(r.Box, prepared.Image, margin), scale, reading)).ToList();
        var read = engine.RecognizeRegions(reading, resolution, texts, PageSegmentationMode.SingleBlock, cancellationToken);
        var blocks = ImmutableArray.CreateBuilder<OcrBlock>(regions.Length);
        var next = 0;
        foreach (var (box, kind) in regions)
        {
            if (!kind.IsText())
            {
                blocks.Add(new OcrBlock(mapping.ToStored(box), [], kind));
                continue;
            }

            var lines = SpeckFilter.Clean(read[next++].SelectMany(b => b.Lines));
            if (lines.Length > 0)
            {
                blocks.Add(new OcrBlock(mapping.ToStored(box), [.. lines.Select(l => ToStored(l, readingMapping))], kind));
            }
        }

        clock?.Lap("recognition: regions");

        return new OcrPage(
            decoded.Width,
            decoded.Height,
            blocks.ToImmutable(),
            new OcrPreprocessing(prepared.SkewDegrees, scale, resolution));
    }

    private static PixelBox Scale(PixelBox box, double scale, Pix image) =>
        new(
            (int)(box.Left * scale),
            (int)(box.Top * scale),
            Math.Min(image.Width, (int)Math.Ceiling(box.Right * scale)),
            Math.Min(image.Height, (int)Math.Ceiling(box.Bottom * scale)));

    private static PixelBox Pad(PixelBox box, Pix image, int margin) =>
        new(
            Math.Max(0, box.Left - margin),
            Math.Max(0, box.Top - margin),
            Math.Min(image.Width, box.Right + margin),
            Math.Min(image.Height, box.Bottom + margin));

    private static OcrBlock ToStored(OcrBlock block, BoxMapping mapping) =>
        block with { Box = mapping.ToStored(block.Box), Lines = [.. block.Lines.Select(l => ToStored(l, mapping))] };

    private static OcrLine ToStored(OcrLine line, BoxMapping mapping) =>
        line with
        {
            Box = mapping.ToStored(line.Box),
            Words = [.. line.Words.Select(w => w with { Box = mapping.ToStored(w.Box) })],
        };
}

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

    /// <inheritdoc />
    public string Name => $"tesseract {TesseractEngine.Version}";

    /// <inheritdoc />
    public Task<OcrPage> RecognizeAsync(ReadOnlyMemory<byte> image, OcrOptions options, CancellationToken cancellationToken)
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

        return _pool.RunAsync(engine => Recognize(engine, image.Span, header, options, cancellationToken), cancellationToken);
    }

    public void Dispose() => _pool.Dispose();

    private static OcrPage Recognize(
        TesseractEngine engine, ReadOnlySpan<byte> data, ImageHeader header, OcrOptions options, CancellationToken cancellationToken)
    {
        using var decoded = Pix.Decode(data) ?? throw new InvalidImageException("The image could not be decoded.");
        if (decoded.Width != header.Width || decoded.Height != header.Height)
        {
            throw new InvalidImageException("The decoded image does not match the size its header claims.");
        }

        using var prepared = ImagePreparation.Prepare(decoded, options);
        cancellationToken.ThrowIfCancellationRequested();
        var scale = prepared.Scale;
        var resolution = (int)Math.Round((decoded.Resolution > 0 ? decoded.Resolution : DefaultResolution) * scale);
        var mapping = new BoxMapping(decoded.Width, decoded.Height, scale, prepared.SkewDegrees);
        var blocks = ImmutableArray.CreateBuilder<OcrBlock>();
        foreach (var region in prepared.Layout.Blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var padded = Pad(region, prepared.Image, Math.Max(4, prepared.Layout.LineHeight / 4));
            // Layout analysis already isolated the block; the engine reads it as one uniform block.
            var lines = engine.RecognizeRegion(prepared.Image, resolution, padded, PageSegmentationMode.SingleBlock);
            if (lines.Length > 0)
            {
                blocks.Add(new OcrBlock(mapping.ToStored(region), [.. lines.Select(l => ToStored(l, mapping))]));
            }
        }

        return new OcrPage(
            decoded.Width,
            decoded.Height,
            blocks.ToImmutable(),
            new OcrPreprocessing(prepared.SkewDegrees, scale, resolution));
    }

    private static PixelBox Pad(PixelBox box, Pix image, int margin) =>
        new(
            Math.Max(0, box.Left - margin),
            Math.Max(0, box.Top - margin),
            Math.Min(image.Width, box.Right + margin),
            Math.Min(image.Height, box.Bottom + margin));

    private static OcrLine ToStored(OcrLine line, BoxMapping mapping) =>
        line with
        {
            Box = mapping.ToStored(line.Box),
            Words = [.. line.Words.Select(w => w with { Box = mapping.ToStored(w.Box) })],
        };
}

using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Pipeline.Model;
using Pipeline.Native.Leptonica;
using Pipeline.Ocr;

namespace Pipeline.Native.Tesseract;

/// <summary>
/// One initialised Tesseract engine. Not thread-safe: a <see cref="TesseractEnginePool"/> hands
/// each engine to one thread at a time.
/// </summary>
internal sealed class TesseractEngine : IDisposable
{
    private readonly TessBaseApiHandle _api;

    private TesseractEngine(TessBaseApiHandle api) => _api = api;

    /// <summary>The library version string, e.g. "5.3.0".</summary>
    public static string Version => Marshal.PtrToStringUTF8(TesseractNative.TessVersion()) ?? "unknown";

    /// <summary>Loads the trained data for <paramref name="language"/>; throws when it cannot.</summary>
    public static TesseractEngine Create(string? dataPath, string language)
    {
        var api = TesseractNative.TessBaseAPICreate();
        if (api.IsInvalid)
        {
            api.Dispose();
            throw new InvalidOperationException("Tesseract could not create an engine.");
        }

        if (TesseractNative.TessBaseAPIInit3(api, dataPath, language) != 0)
        {
            api.Dispose();
            throw new InvalidOperationException(
                $"Tesseract could not load the '{language}' trained data from {dataPath ?? "its default tessdata folder"}.");
        }

        // Numbers and names in clippings are not dictionary words; keep word spacing as printed.
        _ = TesseractNative.TessBaseAPISetVariable(api, "preserve_interword_spaces", "0");
        return new TesseractEngine(api);
    }

    /// <summary>
    /// Recognises each of <paramref name="regions"/> of <paramref name="image"/> on its own in
    /// <paramref name="mode"/>, in the order given: per region Tesseract's blocks in its reading order
    /// (text blocks with their lines and words, non-text blocks as empty zones of their kind), boxes in
    /// the image's pixel coordinates. The image is handed to Tesseract once (it copies it whole each
    /// time it is given one) and each region is a rectangle of it.
    /// </summary>
    public ImmutableArray<ImmutableArray<OcrBlock>> RecognizeRegions(
        Pix image, int ppi, IReadOnlyList<PixelBox> regions, PageSegmentationMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(regions);
        if (regions.Count == 0)
        {
            return [];
        }

        TesseractNative.TessBaseAPISetPageSegMode(_api, mode);
        TesseractNative.TessBaseAPISetImage2(_api, image.Handle);
        TesseractNative.TessBaseAPISetSourceResolution(_api, ppi);
        var results = ImmutableArray.CreateBuilder<ImmutableArray<OcrBlock>>(regions.Count);
        try
        {
            foreach (var r in regions)
            {
                cancellationToken.ThrowIfCancellationRequested();

                // A new rectangle also drops the previous region's results, keeping the image.
                TesseractNative.TessBaseAPISetRectangle(_api, r.Left, r.Top, r.Right - r.Left, r.Bottom - r.Top);
                if (TesseractNative.TessBaseAPIRecognize(_api, IntPtr.Zero) != 0)
                {
                    throw new InvalidOperationException("Tesseract failed to recognise the image.");
                }

                using var iterator = TesseractNative.TessBaseAPIGetIterator(_api);
                results.Add(iterator.IsInvalid ? [] : ReadBlocks(iterator));
            }

            return results.MoveToImmutable();
        }
        finally
        {
            TesseractNative.TessBaseAPIClear(_api);
        }
    }

    /// <summary>
    /// Tesseract's page layout analysis (its blocks in its reading order, each with its type and
    /// box in the image's pixel coordinates); then, when <paramref name="readWholePage"/> says so for
    /// that layout, the recognition of the whole page on the same layout, else nothing more.
    /// </summary>
    public (ImmutableArray<LayoutBlock> Layout, ImmutableArray<OcrBlock> Page) AnalyseLayout(
        Pix image, int ppi, Func<ImmutableArray<LayoutBlock>, bool> readWholePage)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(readWholePage);
        TesseractNative.TessBaseAPISetPageSegMode(_api, PageSegmentationMode.Auto);
        TesseractNative.TessBaseAPISetImage2(_api, image.Handle);
        TesseractNative.TessBaseAPISetSourceResolution(_api, ppi);
        try
        {
            var layout = ReadLayout();
            if (layout.IsEmpty || !readWholePage(layout))
            {
                return (layout, []);
            }

            // Recognition reuses the blocks the analysis found: the layout is not computed twice.
            if (TesseractNative.TessBaseAPIRecognize(_api, IntPtr.Zero) != 0)
            {
                throw new InvalidOperationException("Tesseract failed to recognise the image.");
            }

            using var iterator = TesseractNative.TessBaseAPIGetIterator(_api);
            return (layout, iterator.IsInvalid ? [] : ReadBlocks(iterator));
        }
        finally
        {
            TesseractNative.TessBaseAPIClear(_api);
        }
    }

    private ImmutableArray<LayoutBlock> ReadLayout()
    {
        using var iterator = TesseractNative.TessBaseAPIAnalyseLayout(_api);
        if (iterator.IsInvalid)
        {
            return [];
        }

        var page = iterator.DangerousGetHandle();
        var blocks = ImmutableArray.CreateBuilder<LayoutBlock>();
        do
        {
            var box = Box(page, IteratorLevel.Block);
            if (box.Right > box.Left && box.Bottom > box.Top)
            {
                blocks.Add(new LayoutBlock(box, KindOf(TesseractNative.TessPageIteratorBlockType(page))));
            }
        }
        while (TesseractNative.TessPageIteratorNext(page, IteratorLevel.Block) != 0);
        return blocks.ToImmutable();
    }

    public void Dispose() => _api.Dispose();

    private static ImmutableArray<OcrBlock> ReadBlocks(TessResultIteratorHandle iterator)
    {
        var page = TesseractNative.TessResultIteratorGetPageIterator(iterator);
        var blocks = ImmutableArray.CreateBuilder<OcrBlock>();
        var lines = ImmutableArray.CreateBuilder<OcrLine>();
        var words = ImmutableArray.CreateBuilder<OcrWord>();
        PixelBox blockBox = default;
        var kind = OcrRegionKind.Text;
        PixelBox lineBox = default;
        var lineConfidence = 0.0;
        var startsParagraph = false;
        do
        {
            if (TesseractNative.TessPageIteratorIsAtBeginningOf(page, IteratorLevel.Block) != 0)
            {
                FlushBlock();
                blockBox = Box(page, IteratorLevel.Block);
                kind = KindOf(TesseractNative.TessPageIteratorBlockType(page));
                if (!kind.IsText())
                {
                    blocks.Add(new OcrBlock(blockBox, [], kind));
                    continue;
                }
            }

            if (!kind.IsText())
            {
                continue;
            }

            if (TesseractNative.TessPageIteratorIsAtBeginningOf(page, IteratorLevel.TextLine) != 0)
            {
                FlushLine();
                lineBox = Box(page, IteratorLevel.TextLine);
                lineConfidence = TesseractNative.TessResultIteratorConfidence(iterator, IteratorLevel.TextLine) / 100.0;
                startsParagraph = TesseractNative.TessPageIteratorIsAtBeginningOf(page, IteratorLevel.Paragraph) != 0;
            }

            var text = TakeText(TesseractNative.TessResultIteratorGetUTF8Text(iterator, IteratorLevel.Word));
            if (!string.IsNullOrWhiteSpace(text))
            {
                var confidence = TesseractNative.TessResultIteratorConfidence(iterator, IteratorLevel.Word) / 100.0;
                words.Add(new OcrWord(text.Trim(), Box(page, IteratorLevel.Word), Math.Clamp(confidence, 0, 1)));
            }
        }
        while (TesseractNative.TessPageIteratorNext(page, IteratorLevel.Word) != 0);

        FlushBlock();
        return blocks.ToImmutable();

        void FlushLine()
        {
            if (words.Count > 0)
            {
                lines.Add(new OcrLine(words.ToImmutable(), lineBox, Math.Clamp(lineConfidence, 0, 1), startsParagraph));
                words.Clear();
            }
        }

        void FlushBlock()
        {
            FlushLine();
            if (lines.Count > 0)
            {
                blocks.Add(new OcrBlock(blockBox, lines.ToImmutable(), kind));
                lines.Clear();
            }
        }
    }

    /// <summary>Unknown blocks that hold words are read as text; the caller drops empty ones.</summary>
    private static OcrRegionKind KindOf(PolyBlockType type) => type switch
    {
        PolyBlockType.HeadingText => OcrRegionKind.Heading,
        PolyBlockType.PulloutText => OcrRegionKind.Pullout,
        PolyBlockType.CaptionText => OcrRegionKind.Caption,
        PolyBlockType.VerticalText => OcrRegionKind.VerticalText,
        PolyBlockType.Table => OcrRegionKind.Table,
        PolyBlockType.Equation or PolyBlockType.InlineEquation => OcrRegionKind.Equation,
        PolyBlockType.FlowingImage or PolyBlockType.HeadingImage or PolyBlockType.PulloutImage => OcrRegionKind.Image,
        PolyBlockType.HorizontalLine or PolyBlockType.VerticalLine => OcrRegionKind.Rule,
        PolyBlockType.Noise => OcrRegionKind.Noise,
        _ => OcrRegionKind.Text,
    };

    private static PixelBox Box(IntPtr page, IteratorLevel level) =>
        TesseractNative.TessPageIteratorBoundingBox(page, level, out var left, out var top, out var right, out var bottom) != 0
            ? new PixelBox(left, top, right, bottom)
            : default;

    private static string? TakeText(IntPtr text)
    {
        if (text == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(text);
        }
        finally
        {
            TesseractNative.TessDeleteText(text);
        }
    }
}

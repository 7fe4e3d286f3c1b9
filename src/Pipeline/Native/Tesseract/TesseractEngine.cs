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
    /// Recognises one rectangle of <paramref name="image"/> as a block of text lines. Boxes come back
    /// in the image's pixel coordinates.
    /// </summary>
    public ImmutableArray<OcrLine> RecognizeRegion(Pix image, int ppi, PixelBox region, PageSegmentationMode mode)
    {
        ArgumentNullException.ThrowIfNull(image);
        TesseractNative.TessBaseAPISetPageSegMode(_api, mode);
        TesseractNative.TessBaseAPISetImage2(_api, image.Handle);
        TesseractNative.TessBaseAPISetSourceResolution(_api, ppi);
        TesseractNative.TessBaseAPISetRectangle(_api, region.Left, region.Top, region.Right - region.Left, region.Bottom - region.Top);
        try
        {
            if (TesseractNative.TessBaseAPIRecognize(_api, IntPtr.Zero) != 0)
            {
                throw new InvalidOperationException("Tesseract failed to recognise the image.");
            }

            using var iterator = TesseractNative.TessBaseAPIGetIterator(_api);
            return iterator.IsInvalid ? [] : ReadLines(iterator);
        }
        finally
        {
            TesseractNative.TessBaseAPIClear(_api);
        }
    }

    public void Dispose() => _api.Dispose();

    private static ImmutableArray<OcrLine> ReadLines(TessResultIteratorHandle iterator)
    {
        var page = TesseractNative.TessResultIteratorGetPageIterator(iterator);
        var lines = ImmutableArray.CreateBuilder<OcrLine>();
        var words = ImmutableArray.CreateBuilder<OcrWord>();
        PixelBox lineBox = default;
        var lineConfidence = 0.0;
        var startsParagraph = false;
        do
        {
            if (TesseractNative.TessPageIteratorIsAtBeginningOf(page, IteratorLevel.TextLine) != 0)
            {
                Flush();
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

        Flush();
        return lines.ToImmutable();

        void Flush()
        {
            if (words.Count > 0)
            {
                lines.Add(new OcrLine(words.ToImmutable(), lineBox, Math.Clamp(lineConfidence, 0, 1), startsParagraph));
                words.Clear();
            }
        }
    }

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

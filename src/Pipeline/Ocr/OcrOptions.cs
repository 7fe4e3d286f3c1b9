namespace Pipeline.Ocr;

/// <summary>How an image is prepared and recognised. The defaults suit scanned newspaper clippings.</summary>
public sealed record OcrOptions
{
    /// <summary>Tesseract language code(s), e.g. "eng" or "eng+fra".</summary>
    public string Language { get; init; } = "eng";

    /// <summary>The tessdata folder; null uses the engine's built-in default.</summary>
    public string? DataPath { get; init; }

    /// <summary>Straighten a rotated scan before recognition.</summary>
    public bool Deskew { get; init; } = true;

    /// <summary>How the grayscale scan becomes black and white.</summary>
    public Binarization Binarization { get; init; } = Binarization.Otsu;

    /// <summary>Text lines lower than this many pixels are enlarged towards it (low-resolution scans).</summary>
    public int MinimumLineHeight { get; init; } = 24;

    /// <summary>The largest image accepted, in pixels, checked from the header before decoding.</summary>
    public long MaxPixels { get; init; } = 60_000_000;

    /// <summary>The largest image file accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>A string naming every setting that changes the result, for cache keys.</summary>
    public string Fingerprint =>
        $"lang={Language};deskew={Deskew};bin={Binarization};minline={MinimumLineHeight};layout=6";
}

namespace Pipeline.Ocr;

/// <summary>Recognises the text of an image. Implementations are thread-safe.</summary>
public interface IOcrEngine
{
    /// <summary>The engine and its version, e.g. "tesseract 5.3.0", for reports and cache keys.</summary>
    string Name { get; }

    /// <summary>
    /// Recognises an image file's bytes. Throws <see cref="InvalidImageException"/> when the bytes are
    /// not a usable image (empty, truncated, not an image, too large).
    /// </summary>
    Task<OcrPage> RecognizeAsync(ReadOnlyMemory<byte> image, OcrOptions options, CancellationToken cancellationToken);
}

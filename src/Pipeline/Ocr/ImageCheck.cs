using Pipeline.Native.Leptonica;

namespace Pipeline.Ocr;

/// <summary>
/// Checks an image file's bytes before anything decodes them: empty, unknown format, a header that
/// claims more pixels than allowed, or a JPEG/PNG cut short. Decoders fill truncated images with
/// gray and report success, so truncation is checked from the file's end markers.
/// </summary>
internal static class ImageCheck
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> PngEnd => [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82];

    /// <summary>The header, or throws <see cref="InvalidImageException"/> saying what is wrong.</summary>
    public static ImageHeader Validate(ReadOnlySpan<byte> data, OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (data.IsEmpty)
        {
            throw new InvalidImageException("The image file is empty (0 bytes).");
        }

        if (data.Length > options.MaxFileBytes)
        {
            throw new InvalidImageException($"The image file is {data.Length:N0} bytes; the limit is {options.MaxFileBytes:N0}.");
        }

        if (Pix.ReadHeader(data) is not { } header)
        {
            throw new InvalidImageException("The file is not an image in a format the OCR engine reads (JPEG, PNG, TIFF, BMP, GIF, WebP, PNM).");
        }

        if (header.Pixels > options.MaxPixels)
        {
            throw new InvalidImageException(
                $"The image header claims {header.Width:N0}×{header.Height:N0} pixels; the limit is {options.MaxPixels:N0} pixels.");
        }

        if (IsJpeg(data) && !EndsWithJpegEnd(data))
        {
            throw new InvalidImageException("The JPEG file is truncated (no end-of-image marker).");
        }

        if (data.StartsWith(PngSignature) && data.IndexOf(PngEnd) < 0)
        {
            throw new InvalidImageException("The PNG file is truncated (no IEND chunk).");
        }

        return header;
    }

    private static bool IsJpeg(ReadOnlySpan<byte> data) => data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;

    private static bool EndsWithJpegEnd(ReadOnlySpan<byte> data)
    {
        // Some writers pad after the end-of-image marker; look at the last few hundred bytes.
        var tail = data[Math.Max(0, data.Length - 512)..];
        for (var i = tail.Length - 2; i >= 0; i--)
        {
            if (tail[i] == 0xFF && tail[i + 1] == 0xD9)
            {
                return true;
            }
        }

        return false;
    }
}

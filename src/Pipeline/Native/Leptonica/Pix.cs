using System.Runtime.InteropServices;

namespace Pipeline.Native.Leptonica;

/// <summary>
/// A decoded image in Leptonica memory. Each operation returns a new image; the caller disposes
/// every image it receives.
/// </summary>
internal sealed class Pix : IDisposable
{
    private const int RasterClear = 0x0;
    private const int RasterSet = 0xf;

    private Pix(PixHandle handle)
    {
        Handle = handle;
        Width = LeptonicaNative.pixGetWidth(handle);
        Height = LeptonicaNative.pixGetHeight(handle);
        Depth = LeptonicaNative.pixGetDepth(handle);
    }

    public PixHandle Handle { get; }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Bits per pixel: 1, 2, 4, 8, 16 or 32.</summary>
    public int Depth { get; }

    /// <summary>
    /// True for a 1 bpp image without a colour map: a bilevel scan whose set pixels are ink, as
    /// Leptonica reads both TIFF polarities.
    /// </summary>
    public bool IsBilevel => Depth == 1 && LeptonicaNative.pixGetColormap(Handle) == IntPtr.Zero;

    /// <summary>Horizontal resolution from the file header, 0 when the file does not say.</summary>
    public int Resolution => LeptonicaNative.pixGetXRes(Handle);

    /// <summary>Reads only the header: format and size, without decoding pixels. Null when unreadable.</summary>
    public static unsafe ImageHeader? ReadHeader(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return null;
        }

        fixed (byte* p = data)
        {
            var ok = LeptonicaNative.pixReadHeaderMem(p, (nuint)data.Length, out var format, out var w, out var h, out _, out _, out _);
            return ok == 0 && w > 0 && h > 0 ? new ImageHeader(format, w, h) : null;
        }
    }

    /// <summary>Decodes an image file held in memory; null when Leptonica cannot decode it.</summary>
    public static unsafe Pix? Decode(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return null;
        }

        fixed (byte* p = data)
        {
            return Wrap(LeptonicaNative.pixReadMem(p, (nuint)data.Length));
        }
    }

    /// <summary>8-bit grayscale copy (colour maps removed).</summary>
    public Pix ToGray() => Require(LeptonicaNative.pixConvertTo8(Handle, 0), "convert to 8 bpp");

    /// <summary>Scaled copy (linear interpolation, 8 bpp input).</summary>
    public Pix ScaleGray(float factor) => Require(LeptonicaNative.pixScaleGrayLI(Handle, factor, factor), "scale");

    /// <summary>Skew angle in degrees and the confidence of the estimate (1 bpp input); null when none found.</summary>
    public (float Angle, float Confidence)? FindSkew() =>
        LeptonicaNative.pixFindSkew(Handle, out var angle, out var confidence) == 0 ? (angle, confidence) : null;

    /// <summary>Deskewed copy; the skew is measured on a binarised version of the image.</summary>
    public Pix Deskew() => Require(LeptonicaNative.pixDeskew(Handle, 0), "deskew");

    /// <summary>Copy with the background levelled to white (uneven paper, shadows).</summary>
    public Pix NormalizeBackground() =>
        Require(LeptonicaNative.pixBackgroundNormSimple(Handle, IntPtr.Zero, IntPtr.Zero), "normalise background");

    /// <summary>1 bpp copy by tiled Otsu thresholding (8 bpp input).</summary>
    public Pix BinarizeOtsu(int tileSize)
    {
        var ok = LeptonicaNative.pixOtsuAdaptiveThreshold(Handle, tileSize, tileSize, 0, 0, 0.1f, IntPtr.Zero, out var binary);
        return ok == 0 ? Require(binary, "Otsu threshold") : throw Failure("Otsu threshold", binary);
    }

    /// <summary>1 bpp copy by Sauvola local thresholding (8 bpp input).</summary>
    public Pix BinarizeSauvola(int windowHalfSize, float factor)
    {
        var ok = LeptonicaNative.pixSauvolaBinarizeTiled(Handle, windowHalfSize, factor, 1, 1, IntPtr.Zero, out var binary);
        return ok == 0 ? Require(binary, "Sauvola threshold") : throw Failure("Sauvola threshold", binary);
    }

    /// <summary>Sets the resolution recorded on the image, in pixels per inch.</summary>
    public void SetResolution(int ppi) => _ = LeptonicaNative.pixSetResolution(Handle, ppi, ppi);

    /// <summary>Paints a rectangle white, in place (clears 1 bpp pixels, sets 8 bpp ones).</summary>
    public void Whiten(int left, int top, int width, int height) =>
        _ = LeptonicaNative.pixRasterop(Handle, left, top, width, height, Depth == 1 ? RasterClear : RasterSet, IntPtr.Zero, 0, 0);

    /// <summary>The image encoded as PNG (used to hand preprocessed pages to other tools and tests).</summary>
    public byte[] EncodePng()
    {
        if (LeptonicaNative.pixWriteMemPng(out var data, out var size, Handle, 0) != 0 || data == IntPtr.Zero)
        {
            throw new InvalidOperationException("Leptonica could not encode the image as PNG.");
        }

        try
        {
            var bytes = new byte[checked((int)size)];
            Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }
        finally
        {
            LeptonicaNative.lept_free(data);
        }
    }

    /// <summary>A copy that shares nothing with this image.</summary>
    public Pix Copy() => Require(LeptonicaNative.pixCopy(IntPtr.Zero, Handle), "copy");

    /// <summary>Copies a 1 bpp image into managed memory, one byte per pixel (1 = ink).</summary>
    public InkMask ToInkMask()
    {
        if (Depth != 1)
        {
            throw new InvalidOperationException("Ink masks are read from 1 bpp images.");
        }

        var wordsPerLine = LeptonicaNative.pixGetWpl(Handle);
        var data = LeptonicaNative.pixGetData(Handle);
        var words = new int[wordsPerLine];
        var ink = new byte[checked(Width * Height)];
        for (var y = 0; y < Height; y++)
        {
            Marshal.Copy(data + (y * wordsPerLine * sizeof(int)), words, 0, wordsPerLine);
            var row = y * Width;
            for (var x = 0; x < Width; x++)
            {
                // Leptonica packs 1 bpp pixels most significant bit first within each 32-bit word.
                var word = (uint)words[x >> 5];
                ink[row + x] = (byte)((word >> (31 - (x & 31))) & 1);
            }
        }

        return new InkMask(Width, Height, ink);
    }

    public void Dispose() => Handle.Dispose();

    private static Pix? Wrap(PixHandle handle)
    {
        if (handle.IsInvalid)
        {
            handle.Dispose();
            return null;
        }

        return new Pix(handle);
    }

    private static Pix Require(PixHandle handle, string operation) => Wrap(handle) ?? throw Failure(operation, handle);

    private static InvalidOperationException Failure(string operation, PixHandle handle)
    {
        handle.Dispose();
        return new InvalidOperationException($"Leptonica could not {operation} the image.");
    }
}

using System.Runtime.InteropServices;

namespace Pipeline.Native.Leptonica;

/// <summary>The few Leptonica 1.82 entry points the OCR preprocessing uses (allheaders.h).</summary>
internal static partial class LeptonicaNative
{
    /// <summary>Logical library name, mapped to a soname by <see cref="NativeLibraryResolver"/>.</summary>
    public const string Library = "leptonica";

    /// <summary>L_SEVERITY_NONE: Leptonica prints nothing to stderr; failures surface as null results.</summary>
    private const int SeverityNone = 6;

    static LeptonicaNative()
    {
        NativeLibraryResolver.EnsureInstalled();
        _ = setMsgSeverity(SeverityNone);
    }

    [LibraryImport(Library)]
    private static partial int setMsgSeverity(int newSeverity);

    [LibraryImport(Library)]
    public static unsafe partial int pixReadHeaderMem(
        byte* data, nuint size, out int format, out int width, out int height, out int bitsPerSample, out int samplesPerPixel, out int isColormapped);

    [LibraryImport(Library)]
    public static unsafe partial PixHandle pixReadMem(byte* data, nuint size);

    [LibraryImport(Library)]
    public static partial void pixDestroy(ref IntPtr pix);

    [LibraryImport(Library)]
    public static partial int pixGetWidth(PixHandle pix);

    [LibraryImport(Library)]
    public static partial int pixGetHeight(PixHandle pix);

    [LibraryImport(Library)]
    public static partial int pixGetDepth(PixHandle pix);

    [LibraryImport(Library)]
    public static partial int pixGetWpl(PixHandle pix);

    [LibraryImport(Library)]
    public static partial IntPtr pixGetColormap(PixHandle pix);

    [LibraryImport(Library)]
    public static partial int pixGetXRes(PixHandle pix);

    [LibraryImport(Library)]
    public static partial int pixSetResolution(PixHandle pix, int xres, int yres);

    [LibraryImport(Library)]
    public static partial IntPtr pixGetData(PixHandle pix);

    [LibraryImport(Library)]
    public static partial PixHandle pixConvertTo8(PixHandle pix, int colormapFlag);

    [LibraryImport(Library)]
    public static partial PixHandle pixScaleGrayLI(PixHandle pix, float scaleX, float scaleY);

    [LibraryImport(Library)]
    public static partial int pixFindSkew(PixHandle pix, out float angle, out float confidence);

    [LibraryImport(Library)]
    public static partial PixHandle pixDeskew(PixHandle pix, int reductionSearch);

    [LibraryImport(Library)]
    public static partial PixHandle pixBackgroundNormSimple(PixHandle pix, IntPtr imageMask, IntPtr grayMap);

    [LibraryImport(Library)]
    public static partial int pixOtsuAdaptiveThreshold(
        PixHandle pix, int tileWidth, int tileHeight, int smoothX, int smoothY, float scoreFraction, IntPtr thresholds, out PixHandle binary);

    [LibraryImport(Library)]
    public static partial int pixSauvolaBinarizeTiled(
        PixHandle pix, int windowHalfSize, float factor, int tilesX, int tilesY, IntPtr thresholds, out PixHandle binary);

    [LibraryImport(Library)]
    public static partial PixHandle pixConvertTo1(PixHandle pix, int threshold);

    [LibraryImport(Library)]
    public static partial int pixWriteMemPng(out IntPtr data, out nuint size, PixHandle pix, float gamma);

    [LibraryImport(Library)]
    public static partial void lept_free(IntPtr data);

    [LibraryImport(Library)]
    public static partial PixHandle pixCopy(IntPtr destination, PixHandle source);

    [LibraryImport(Library)]
    public static partial int pixRasterop(
        PixHandle destination, int x, int y, int width, int height, int operation, IntPtr source, int sourceX, int sourceY);
}

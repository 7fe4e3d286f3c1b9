using System.Runtime.InteropServices;
using Pipeline.Native.Leptonica;

namespace Pipeline.Native.Tesseract;

/// <summary>The Tesseract 5 C API entry points the OCR engine uses (tesseract/capi.h).</summary>
internal static partial class TesseractNative
{
    /// <summary>Logical library name, mapped to a soname by <see cref="NativeLibraryResolver"/>.</summary>
    public const string Library = "tesseract";

    static TesseractNative()
    {
        // Debian builds Tesseract with OpenMP; its worker threads fight the engine pool for the
        // same cores and make each recognition several times slower. The pool is the parallelism.
        // libgomp reads the limit once, when it is loaded with libtesseract, so set it first.
        ProcessEnvironment.SetIfUnset("OMP_THREAD_LIMIT", "1");
        NativeLibraryResolver.EnsureInstalled();
    }

    [LibraryImport(Library)]
    public static partial IntPtr TessVersion();

    [LibraryImport(Library)]
    public static partial void TessDeleteText(IntPtr text);

    [LibraryImport(Library)]
    public static partial TessBaseApiHandle TessBaseAPICreate();

    [LibraryImport(Library)]
    public static partial void TessBaseAPIDelete(IntPtr handle);

    [LibraryImport(Library)]
    public static partial void TessBaseAPIEnd(IntPtr handle);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPIInit3(TessBaseApiHandle handle, string? dataPath, string language);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPISetVariable(TessBaseApiHandle handle, string name, string value);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetPageSegMode(TessBaseApiHandle handle, PageSegmentationMode mode);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetImage2(TessBaseApiHandle handle, PixHandle pix);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetSourceResolution(TessBaseApiHandle handle, int ppi);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetRectangle(TessBaseApiHandle handle, int left, int top, int width, int height);

    [LibraryImport(Library)]
    public static partial int TessBaseAPIRecognize(TessBaseApiHandle handle, IntPtr monitor);

    [LibraryImport(Library)]
    public static partial TessResultIteratorHandle TessBaseAPIGetIterator(TessBaseApiHandle handle);

    [LibraryImport(Library)]
    public static partial void TessBaseAPIClear(TessBaseApiHandle handle);

    [LibraryImport(Library)]
    public static partial TessPageIteratorHandle TessBaseAPIAnalyseLayout(TessBaseApiHandle handle);

    [LibraryImport(Library)]
    public static partial void TessPageIteratorDelete(IntPtr handle);

    [LibraryImport(Library)]
    public static partial void TessResultIteratorDelete(IntPtr handle);

    [LibraryImport(Library)]
    public static partial IntPtr TessResultIteratorGetPageIterator(TessResultIteratorHandle handle);

    [LibraryImport(Library)]
    public static partial IntPtr TessResultIteratorGetUTF8Text(TessResultIteratorHandle handle, IteratorLevel level);

    [LibraryImport(Library)]
    public static partial float TessResultIteratorConfidence(TessResultIteratorHandle handle, IteratorLevel level);

    [LibraryImport(Library)]
    public static partial int TessPageIteratorNext(IntPtr pageIterator, IteratorLevel level);

    [LibraryImport(Library)]
    public static partial int TessPageIteratorIsAtBeginningOf(IntPtr pageIterator, IteratorLevel level);

    [LibraryImport(Library)]
    public static partial int TessPageIteratorIsAtFinalElement(IntPtr pageIterator, IteratorLevel level, IteratorLevel element);

    /// <summary>The current block's TessPolyBlockType (see <see cref="PolyBlockType"/>).</summary>
    [LibraryImport(Library)]
    public static partial PolyBlockType TessPageIteratorBlockType(IntPtr pageIterator);

    [LibraryImport(Library)]
    public static partial int TessPageIteratorBoundingBox(
        IntPtr pageIterator, IteratorLevel level, out int left, out int top, out int right, out int bottom);
}

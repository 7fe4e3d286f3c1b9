using System.Runtime.InteropServices;

namespace Pipeline.Native.Tesseract;

/// <summary>Owns a <c>TessPageIterator*</c> returned by layout analysis.</summary>
internal sealed class TessPageIteratorHandle : SafeHandle
{
    public TessPageIteratorHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        TesseractNative.TessPageIteratorDelete(handle);
        return true;
    }
}

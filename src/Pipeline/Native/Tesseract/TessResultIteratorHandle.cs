using System.Runtime.InteropServices;

namespace Pipeline.Native.Tesseract;

/// <summary>Owns a <c>TessResultIterator*</c>; its page iterator view is borrowed, not owned.</summary>
internal sealed class TessResultIteratorHandle : SafeHandle
{
    public TessResultIteratorHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        TesseractNative.TessResultIteratorDelete(handle);
        return true;
    }
}

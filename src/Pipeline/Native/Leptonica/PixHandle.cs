using System.Runtime.InteropServices;

namespace Pipeline.Native.Leptonica;

/// <summary>Owns a Leptonica <c>PIX*</c>; releasing it calls <c>pixDestroy</c>.</summary>
internal sealed class PixHandle : SafeHandle
{
    public PixHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        var pix = handle;
        LeptonicaNative.pixDestroy(ref pix);
        return true;
    }
}

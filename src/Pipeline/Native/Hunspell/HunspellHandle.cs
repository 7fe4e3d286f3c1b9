using Microsoft.Win32.SafeHandles;

namespace Pipeline.Native.Hunspell;

/// <summary>Owns one <c>Hunhandle*</c> and destroys it exactly once.</summary>
internal sealed class HunspellHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public HunspellHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        HunspellNative.Destroy(handle);
        return true;
    }
}

namespace Pipeline.Native.Leptonica;

/// <summary>What an image file's header says, read before any pixel is decoded.</summary>
/// <param name="Format">Leptonica's IFF_* file format code.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
internal readonly record struct ImageHeader(int Format, int Width, int Height)
{
    public long Pixels => (long)Width * Height;
}

using Pipeline.Native.Leptonica;

namespace Pipeline.Ocr;

/// <summary>A page ready for recognition: straightened, scaled, its rules and line height found.</summary>
internal sealed class PreparedImage : IDisposable
{
    public PreparedImage(Pix image, Pix reading, PageLayout layout, double scale, double skewDegrees)
    {
        Image = image;
        Reading = reading;
        Layout = layout;
        Scale = scale;
        SkewDegrees = skewDegrees;
    }

    /// <summary>
    /// The grayscale page, rules kept: the engine's layout analysis uses them as column separators.
    /// Coordinates of <see cref="Layout"/> refer to it.
    /// </summary>
    public Pix Image { get; }

    /// <summary>
    /// The page for reading regions one by one: enlarged by <see cref="Scale"/>, rules painted out.
    /// </summary>
    public Pix Reading { get; }

    public PageLayout Layout { get; }

    /// <summary>Enlargement of <see cref="Reading"/> over the stored (straightened) image.</summary>
    public double Scale { get; }

    public double SkewDegrees { get; }

    public void Dispose()
    {
        Image.Dispose();
        Reading.Dispose();
    }
}

using Pipeline.Native.Leptonica;

namespace Pipeline.Ocr;

/// <summary>A page ready for recognition: straightened, its rules and line height found, its reading scale chosen.</summary>
internal sealed class PreparedImage : IDisposable
{
    private Pix? _reading;

    public PreparedImage(Pix image, PageLayout layout, double scale, double skewDegrees)
    {
        Image = image;
        Layout = layout;
        Scale = scale;
        SkewDegrees = skewDegrees;
    }

    /// <summary>
    /// The grayscale page (a bilevel scan's own 1 bpp page), rules kept: the engine's layout analysis
    /// uses them as column separators.
    /// Coordinates of <see cref="Layout"/> refer to it.
    /// </summary>
    public Pix Image { get; }

    /// <summary>
    /// The page for reading regions one by one: enlarged by <see cref="Scale"/>, rules painted out.
    /// Made on first use: a page the engine reads whole on its own layout never needs it.
    /// </summary>
    public Pix Reading => _reading ??= ImagePreparation.Reading(Image, Layout, Scale);

    public PageLayout Layout { get; }

    /// <summary>Enlargement of <see cref="Reading"/> over the stored (straightened) image.</summary>
    public double Scale { get; }

    public double SkewDegrees { get; }

    public void Dispose()
    {
        Image.Dispose();
        _reading?.Dispose();
    }
}

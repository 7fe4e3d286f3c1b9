using Pipeline.Native.Leptonica;

namespace Pipeline.Ocr;

/// <summary>A page ready for recognition: black and white, rules removed, blocks found.</summary>
internal sealed class PreparedImage : IDisposable
{
    public PreparedImage(Pix image, PageLayout layout, double scale, double skewDegrees)
    {
        Image = image;
        Layout = layout;
        Scale = scale;
        SkewDegrees = skewDegrees;
    }

    /// <summary>The image the engine reads (grayscale, rules painted out); coordinates of <see cref="Layout"/> refer to it.</summary>
    public Pix Image { get; }

    public PageLayout Layout { get; }

    /// <summary>Enlargement applied to the stored image.</summary>
    public double Scale { get; }

    public double SkewDegrees { get; }

    public void Dispose() => Image.Dispose();
}

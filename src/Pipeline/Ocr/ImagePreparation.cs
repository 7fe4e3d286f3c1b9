using Pipeline.Native.Leptonica;

namespace Pipeline.Ocr;

/// <summary>
/// Leptonica preprocessing: grayscale, background levelling, deskew, enlarging low-resolution type
/// to a size the recogniser is trained on, binarisation, and removal of printed rules.
/// </summary>
internal static class ImagePreparation
{
    private const double MinimumSkewDegrees = 0.1;
    private const double MaxScale = 4;

    public static PreparedImage Prepare(Pix decoded, OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        ArgumentNullException.ThrowIfNull(options);
        var gray = decoded.ToGray();
        try
        {
            var skew = 0.0;
            if (options.Deskew)
            {
                using var probe = Binarize(gray, options);
                if (probe.FindSkew() is { } found && Math.Abs(found.Angle) >= MinimumSkewDegrees)
                {
                    var straight = gray.Deskew();
                    gray.Dispose();
                    gray = straight;
                    skew = found.Angle;
                }
            }

            var binary = Binarize(gray, options);
            var layout = LayoutAnalyzer.Analyze(binary.ToInkMask());
            var scale = 1.0;
            var wanted = layout.LineHeight > 0 ? (double)options.MinimumLineHeight / layout.LineHeight : 1;
            var room = Math.Sqrt((double)options.MaxPixels / ((double)gray.Width * gray.Height));
            if (Math.Min(wanted, room) > 1.05)
            {
                // Never enlarge past the pixel cap: a tiny-type image must not become a huge one.
                scale = Math.Min(MaxScale, Math.Min(room, wanted));
                using var larger = gray.ScaleGray((float)scale);
                binary.Dispose();
                binary = Binarize(larger, options);
                layout = LayoutAnalyzer.Analyze(binary.ToInkMask());
            }

            binary.Dispose();
            var recognition = scale == 1 ? gray.Copy() : gray.ScaleGray((float)scale);
            foreach (var rule in layout.Rules)
            {
                recognition.Whiten(rule.Left - 2, rule.Top - 2, rule.Right - rule.Left + 4, rule.Bottom - rule.Top + 4);
            }

            return new PreparedImage(recognition, layout, scale, skew);
        }
        finally
        {
            gray.Dispose();
        }
    }

    private static Pix Binarize(Pix gray, OcrOptions options)
    {
        if (options.Binarization == Binarization.Sauvola)
        {
            return gray.BinarizeSauvola(Math.Max(8, Math.Min(gray.Width, gray.Height) / 40), 0.34f);
        }

        using var level = gray.NormalizeBackground();
        var tile = Math.Max(16, Math.Min(Math.Min(level.Width, level.Height) / 2, 2000));
        return level.BinarizeOtsu(tile);
    }
}

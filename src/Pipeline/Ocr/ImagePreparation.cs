using Pipeline.Native.Leptonica;

namespace Pipeline.Ocr;

/// <summary>
/// Leptonica preprocessing: grayscale, background levelling, deskew, enlarging low-resolution type
/// to a size the recogniser is trained on, binarisation for the page's own evidence (ink, printed
/// rules, line height), and a copy with the rules painted out.
/// </summary>
internal static class ImagePreparation
{
    private const double MinimumSkewDegrees = 0.1;
    private const double MaxScale = 4;

    public static PreparedImage Prepare(Pix decoded, OcrOptions options, OcrPhaseClock? clock = null)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        ArgumentNullException.ThrowIfNull(options);
        float? crookedBy = null;
        if (decoded.IsBilevel)
        {
            var bilevel = PrepareBilevel(decoded, options, clock, out crookedBy);
            if (bilevel is not null)
            {
                return bilevel;
            }
        }

        Pix? gray = decoded.ToGray();
        clock?.Lap("prepare: grayscale");
        Pix? binary = null;
        try
        {
            var skew = 0.0;
            if (options.Deskew)
            {
                // A crooked bilevel page's skew is known already: the threshold of its 0/255 grayscale
                // copy would give back the same pixels to measure it on again.
                if (crookedBy is null)
                {
                    binary = Binarize(gray, options);
                    if (binary.FindSkew() is { } found && Math.Abs(found.Angle) >= MinimumSkewDegrees)
                    {
                        crookedBy = found.Angle;

                        // The probe's ink is the crooked page's: the layout needs the straightened one's.
                        binary.Dispose();
                        binary = null;
                    }
                }

                if (crookedBy is { } angle)
                {
                    var straight = gray.Deskew();
                    gray.Dispose();
                    gray = straight;
                    skew = angle;
                }

                clock?.Lap("prepare: deskew");
            }

            binary ??= Binarize(gray, options);
            clock?.Lap("prepare: binarise");
            var layout = Analyze(binary);
            clock?.Lap("prepare: ink, rules, line height");

            // The page is handed over, not copied: the prepared image owns it from here.
            var prepared = new PreparedImage(gray, layout, ReadingScale(gray, layout, options), skew);
            gray = null;
            return prepared;
        }
        finally
        {
            gray?.Dispose();
            binary?.Dispose();
        }
    }

    /// <summary>
    /// The page for reading regions one by one: enlarged by the scale, rules painted out. The layout
    /// is analysed at the stored size (resampling moves the gutters and rules the engine's layout
    /// analysis measures); only the reading of regions uses enlarged type.
    /// </summary>
    public static Pix Reading(Pix page, PageLayout layout, double scale)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(layout);
        var reading = scale == 1 ? page.Copy() : Enlarge(page, scale);
        foreach (var rule in layout.Rules)
        {
            reading.Whiten(
                (int)((rule.Left - 2) * scale),
                (int)((rule.Top - 2) * scale),
                (int)Math.Ceiling((rule.Right - rule.Left + 4) * scale),
                (int)Math.Ceiling((rule.Bottom - rule.Top + 4) * scale));
        }

        return reading;
    }

    /// <summary>
    /// A bilevel scan is its own ink: no grayscale copy, background levelling or threshold, and the
    /// engine is handed the 1 bpp page, which it reads without thresholding it again (as the CLI
    /// reads such a file). Thresholding the page's 0/255 grayscale copy gives back the same pixels,
    /// so only the work goes. An upright page only: a crooked one is straightened on its grayscale
    /// copy (null here, its skew in <paramref name="crookedBy"/>), whose interpolated edges read
    /// better than a sheared bilevel page.
    /// </summary>
    private static PreparedImage? PrepareBilevel(Pix decoded, OcrOptions options, OcrPhaseClock? clock, out float? crookedBy)
    {
        crookedBy = null;
        Pix? binary = decoded.Copy();
        try
        {
            if (options.Deskew)
            {
                if (binary.FindSkew() is { } found && Math.Abs(found.Angle) >= MinimumSkewDegrees)
                {
                    crookedBy = found.Angle;
                }

                clock?.Lap("prepare: deskew");
                if (crookedBy is not null)
                {
                    return null;
                }
            }

            var layout = Analyze(binary);
            clock?.Lap("prepare: ink, rules, line height");
            var prepared = new PreparedImage(binary, layout, ReadingScale(binary, layout, options), 0);
            binary = null;
            return prepared;
        }
        finally
        {
            binary?.Dispose();
        }
    }

    /// <summary>How much the page is enlarged for reading: small type up to the trained size, never past the pixel cap.</summary>
    private static double ReadingScale(Pix page, PageLayout layout, OcrOptions options)
    {
        var wanted = layout.LineHeight > 0 ? (double)options.MinimumLineHeight / layout.LineHeight : 1;
        var room = Math.Sqrt((double)options.MaxPixels / ((double)page.Width * page.Height));
        return Math.Min(wanted, room) > 1.05 ? Math.Min(MaxScale, Math.Min(room, wanted)) : 1;
    }

    /// <summary>The page enlarged by linear interpolation, a bilevel one through its grayscale copy.</summary>
    private static Pix Enlarge(Pix page, double scale)
    {
        if (page.Depth != 1)
        {
            return page.ScaleGray((float)scale);
        }

        using var gray = page.ToGray();
        return gray.ScaleGray((float)scale);
    }

    private static PageLayout Analyze(Pix binary)
    {
        var mask = binary.ToInkMask();
        var rules = RuleFinder.Find(mask);
        foreach (var rule in rules)
        {
            mask.Clear(rule.Left - 2, rule.Top - 2, rule.Right + 2, rule.Bottom + 2);
        }

        return new PageLayout(mask, rules, LineHeight.Estimate(mask));
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

using System.Runtime.InteropServices;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// Measures of the whole document the block decisions compare against: the body type size, the
/// usual distance between lines of each size, the heading sizes in order (largest first), and
/// whether the body is justified (so a short line ends a paragraph).
/// </summary>
internal sealed class LayoutMetrics
{
    private readonly Dictionary<double, double> _pitch;

    private LayoutMetrics(double bodySize, Dictionary<double, double> pitch, List<double> headingSizes, bool justified)
    {
        BodySize = bodySize;
        _pitch = pitch;
        HeadingSizes = headingSizes;
        Justified = justified;
    }

    public double BodySize { get; }

    public List<double> HeadingSizes { get; }

    public bool Justified { get; }

    /// <summary>The size (to half a point) most visible ordinary (not raised) glyphs of the pages have, the smaller on a tie; 10 for none.</summary>
    public static double BodySizeOf(List<PdfPageLayout> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);

        // Counted in place over each line's glyph list, not grouped nor chained through enumerators:
        // every glyph of the document passes here, and a glyph is a 64-byte value.
        var counts = new Dictionary<double, int>();
        foreach (var page in pages)
        {
            foreach (var column in page.Columns)
            {
                foreach (var line in column)
                {
                    foreach (ref readonly var glyph in CollectionsMarshal.AsSpan(line.Glyphs))
                    {
                        if (!glyph.Raised && !string.IsNullOrWhiteSpace(glyph.Value))
                        {
                            ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, Math.Round(glyph.Size * 2) / 2, out _);
                            count++;
                        }
                    }
                }
            }
        }

        var best = (Size: 10.0, Count: 0);
        foreach (var (size, count) in counts)
        {
            if (count > best.Count || (count == best.Count && size < best.Size))
            {
                best = (size, count);
            }
        }

        return best.Size;
    }

    public static LayoutMetrics Measure(List<PdfPageLayout> pages, double bodySize)
    {
        var gaps = new Dictionary<double, List<double>>();
        var fullLines = 0;
        var bodyLines = 0;
        foreach (var column in pages.SelectMany(p => p.Columns))
        {
            for (var i = 1; i < column.Count; i++)
            {
                if (column[i].Size == column[i - 1].Size)
                {
                    var gap = column[i - 1].Baseline - column[i].Baseline;
                    if (gap > 0)
                    {
                        (gaps.TryGetValue(column[i].Size, out var list) ? list : gaps[column[i].Size] = []).Add(gap);
                    }
                }
            }

            var right = RightEdge(column);
            foreach (var line in column.Where(l => Math.Abs(l.Size - bodySize) < 0.3))
            {
                bodyLines++;
                fullLines += line.Right >= right - 1.5 ? 1 : 0;
            }
        }

        var pitch = gaps.ToDictionary(g => g.Key, g => Median(g.Value));
        var headingSizes = pages.SelectMany(p => p.Lines)
            .Where(l => IsLargeType(l, bodySize))
            .Select(l => l.Size)
            .Distinct()
            .OrderByDescending(s => s)
            .ToList();
        return new LayoutMetrics(bodySize, pitch, headingSizes, bodyLines > 0 && fullLines >= bodyLines * 0.5);
    }

    public static bool IsLargeType(PdfLine line, double bodySize) => line.Size >= 1.15 * bodySize;

    /// <summary>The right edge most full lines of a column reach (its second-widest line, so one overhanging line does not set it).</summary>
    public static double RightEdge(List<PdfLine> column)
    {
        var rights = column.Select(l => l.Right).OrderByDescending(r => r).ToList();
        return rights.Count > 1 ? rights[1] : rights.FirstOrDefault();
    }

    /// <summary>The left edge most lines of a column start at.</summary>
    public static double LeftEdge(List<PdfLine> column) =>
        column.GroupBy(l => Math.Round(l.Left)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Min(l => l.Left)).FirstOrDefault();

    public double Pitch(double size) => _pitch.TryGetValue(size, out var pitch) && pitch > 0 ? pitch : 1.2 * size;

    /// <summary>1 for the largest heading size, 2 for the next …; same-size bold headings come last.</summary>
    public int HeadingLevel(double size)
    {
        var index = HeadingSizes.FindIndex(s => Math.Abs(s - size) < 0.3);
        return Math.Min(6, 1 + (index >= 0 ? index : HeadingSizes.Count));
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}

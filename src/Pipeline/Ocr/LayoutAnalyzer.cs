using System.Collections.Immutable;
using Pipeline.Model;
using Pipeline.Native.Leptonica;

namespace Pipeline.Ocr;

/// <summary>
/// Finds text blocks and their reading order on a binarised page by recursive XY-cuts: a region is
/// split into columns where a vertical rule or a wide whitespace gutter runs through its whole
/// height, otherwise its top text band is peeled off and the rest analysed again. Peeling one band
/// at a time keeps a headline above columns from cutting the columns into slices. Neighbouring
/// bands of similar type size are merged back into blocks, which the engine reads top to bottom.
/// </summary>
internal static class LayoutAnalyzer
{
    public static PageLayout Analyze(InkMask mask)
    {
        ArgumentNullException.ThrowIfNull(mask);
        var rules = RuleFinder.Find(mask);
        foreach (var rule in rules)
        {
            mask.Clear(rule.Left - 2, rule.Top - 2, rule.Right + 2, rule.Bottom + 2);
        }

        var lineHeight = EstimateLineHeight(mask);
        var context = new CutContext(mask, rules, lineHeight);
        var regions = new List<Region>();
        Cut(context, new PixelBox(0, 0, mask.Width, mask.Height), regions);
        return new PageLayout([.. regions.Select(r => r.Box)], rules, lineHeight);
    }

    /// <summary>Median height of the ink bands in vertical strips of the page, a fair line-height estimate.</summary>
    private static int EstimateLineHeight(InkMask mask)
    {
        var heights = new List<int>();
        var strips = Math.Max(1, mask.Width / 200);
        var stripWidth = mask.Width / strips;
        for (var s = 0; s < strips; s++)
        {
            var run = 0;
            for (var y = 0; y < mask.Height; y++)
            {
                var ink = false;
                for (var x = s * stripWidth; x < (s + 1) * stripWidth && !ink; x++)
                {
                    ink = mask[x, y];
                }

                if (ink)
                {
                    run++;
                }
                else
                {
                    if (run >= 4)
                    {
                        heights.Add(run);
                    }

                    run = 0;
                }
            }
        }

        if (heights.Count == 0)
        {
            return 0;
        }

        heights.Sort();
        return heights[heights.Count / 2];
    }

    private static void Cut(CutContext context, PixelBox area, List<Region> output)
    {
        var box = Trim(context.Mask, area);
        if (box is not { } region)
        {
            return;
        }

        var columns = ColumnCuts(context, region);
        if (columns.Count > 0)
        {
            var left = region.Left;
            foreach (var (gapStart, gapEnd) in columns.Append((region.Right, region.Right)))
            {
                var column = new List<Region>();
                Cut(context, region with { Left = left, Right = gapStart }, column);
                output.AddRange(column.Select(r => r with { Mergeable = false }));
                left = gapEnd;
            }

            return;
        }

        var gap = FirstRowGap(context.Mask, region);
        if (gap is not { } rows)
        {
            Append(output, new Region(region, true), context.LineHeight);
            return;
        }

        Cut(context, region with { Bottom = rows.Start }, output);
        Cut(context, region with { Top = rows.End }, output);
    }

    /// <summary>Adds a band, merging it into the previous block when both are plain text of similar size.</summary>
    private static void Append(List<Region> output, Region band, int lineHeight)
    {
        if (output.Count > 0 && output[^1] is { Mergeable: true } previous && band.Mergeable)
        {
            var previousLine = previous.LastBandHeight;
            var height = band.Box.Bottom - band.Box.Top;
            var gap = band.Box.Top - previous.Box.Bottom;
            var similar = Math.Max(previousLine, height) <= 1.45 * Math.Min(previousLine, height);
            var close = gap <= 1.2 * Math.Max(Math.Max(previousLine, height), lineHeight / 2);
            var singleLines = height <= 2.2 * Math.Max(lineHeight, 1) || previousLine <= 2.2 * Math.Max(lineHeight, 1);

            // A comma's tail or a descender cut off by a blank row belongs to the line above.
            var speck = (height < lineHeight / 2 || previous.Box.Bottom - previous.Box.Top < lineHeight / 2)
                && gap <= lineHeight / 2;
            if ((similar && close && singleLines) || speck)
            {
                output[^1] = new Region(
                    new PixelBox(
                        Math.Min(previous.Box.Left, band.Box.Left),
                        previous.Box.Top,
                        Math.Max(previous.Box.Right, band.Box.Right),
                        band.Box.Bottom),
                    true,
                    height < lineHeight / 2 ? previousLine : height);
                return;
            }
        }

        output.Add(band);
    }

    /// <summary>Whitespace gutters that split the region into columns from top to bottom.</summary>
    private static List<(int Start, int End)> ColumnCuts(CutContext context, PixelBox region)
    {
        var cuts = new List<(int, int)>();
        var height = region.Bottom - region.Top;
        var lineHeight = Math.Max(context.LineHeight, 8);
        var gapStart = -1;
        for (var x = region.Left; x <= region.Right; x++)
        {
            var empty = x < region.Right && ColumnIsEmpty(context.Mask, x, region.Top, region.Bottom);
            if (empty && gapStart < 0)
            {
                gapStart = x;
            }
            else if (!empty && gapStart >= 0)
            {
                var gapEnd = x;
                if (gapStart > region.Left && gapEnd < region.Right)
                {
                    // A rule below a headline leaves only letter spacing free above it; a real
                    // gutter beside a rule is wider than that.
                    var ruled = gapEnd - gapStart >= 0.6 * lineHeight && context.Rules.Any(r =>
                        r.Right - r.Left < r.Bottom - r.Top
                        && r.Left >= gapStart - 3 && r.Right <= gapEnd + 3
                        && Overlap(r.Top, r.Bottom, region.Top, region.Bottom) >= 0.5 * Math.Min(height, r.Bottom - r.Top));
                    var gutter = gapEnd - gapStart >= 2.5 * lineHeight && height >= 2.5 * lineHeight;
                    if (ruled || gutter)
                    {
                        cuts.Add((gapStart, gapEnd));
                    }
                }

                gapStart = -1;
            }
        }

        return cuts;
    }

    private static (int Start, int End)? FirstRowGap(InkMask mask, PixelBox region)
    {
        var inInk = true;
        for (var y = region.Top; y < region.Bottom; y++)
        {
            var empty = RowIsEmpty(mask, y, region.Left, region.Right);
            if (empty && inInk)
            {
                var end = y;
                while (end < region.Bottom && RowIsEmpty(mask, end, region.Left, region.Right))
                {
                    end++;
                }

                return end < region.Bottom ? (y, end) : null;
            }
        }

        return null;
    }

    private static PixelBox? Trim(InkMask mask, PixelBox area)
    {
        var top = area.Top;
        while (top < area.Bottom && RowIsEmpty(mask, top, area.Left, area.Right))
        {
            top++;
        }

        var bottom = area.Bottom;
        while (bottom > top && RowIsEmpty(mask, bottom - 1, area.Left, area.Right))
        {
            bottom--;
        }

        if (bottom <= top)
        {
            return null;
        }

        var left = area.Left;
        while (left < area.Right && ColumnIsEmpty(mask, left, top, bottom))
        {
            left++;
        }

        var right = area.Right;
        while (right > left && ColumnIsEmpty(mask, right - 1, top, bottom))
        {
            right--;
        }

        // Specks smaller than a few pixels are noise, not text.
        return right - left < 3 || bottom - top < 3 ? null : new PixelBox(left, top, right, bottom);
    }

    private static bool RowIsEmpty(InkMask mask, int y, int left, int right)
    {
        for (var x = left; x < right; x++)
        {
            if (mask[x, y])
            {
                return false;
            }
        }

        return true;
    }

    private static bool ColumnIsEmpty(InkMask mask, int x, int top, int bottom)
    {
        for (var y = top; y < bottom; y++)
        {
            if (mask[x, y])
            {
                return false;
            }
        }

        return true;
    }

    private static int Overlap(int a0, int a1, int b0, int b1) => Math.Max(0, Math.Min(a1, b1) - Math.Max(a0, b0));

    private sealed record CutContext(InkMask Mask, ImmutableArray<PixelBox> Rules, int LineHeight);

    /// <summary>A block being built; <see cref="Mergeable"/> is false once it belongs to a column.</summary>
    private sealed record Region(PixelBox Box, bool Mergeable, int LastBandHeight)
    {
        public Region(PixelBox box, bool mergeable)
            : this(box, mergeable, box.Bottom - box.Top)
        {
        }
    }
}

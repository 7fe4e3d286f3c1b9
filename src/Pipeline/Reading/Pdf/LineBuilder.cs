namespace Pipeline.Reading.Pdf;

/// <summary>
/// Groups a page's glyphs into lines and the lines into columns, in reading order. Glyphs sharing a
/// baseline form a line; a line is cut where a gap is wider than a column gutter could be narrow;
/// a page is read as two columns when many line parts keep to either half with aligned left edges.
/// Small glyphs a little above a line's baseline (superscript call-outs) join that line, raised.
/// </summary>
internal static class LineBuilder
{
    /// <summary>Glyphs whose baselines differ by less than this (points) share a line.</summary>
    private const double BaselineTolerance = 0.6;

    /// <summary>A gap wider than this share of the type size separates two parts of a line (a gutter, a tab).</summary>
    private const double SegmentGap = 1.2;

    /// <summary>How many line parts each half needs before a page is read as two columns.</summary>
    private const int MinimumColumnLines = 6;

    /// <summary>The page's columns in reading order, each a list of lines from top to bottom.</summary>
    public static List<List<PdfLine>> Build(List<PdfGlyph> glyphs, int page, double pageWidth)
    {
        var rows = Rows(glyphs);
        var segments = rows.Select(Segments).ToList();
        var middle = pageWidth / 2;
        var columns = TwoColumns(segments, middle)
            ? SplitColumns(segments, middle, page)
            : [rows.Select(row => new PdfLine(row, page)).ToList()];
        foreach (var column in columns)
        {
            AttachRaised(column);
        }

        return columns.Where(c => c.Count > 0).ToList();
    }

    private static List<List<PdfGlyph>> Rows(List<PdfGlyph> glyphs)
    {
        var rows = new List<List<PdfGlyph>>();
        var current = new List<PdfGlyph>();
        var baseline = double.NaN;
        foreach (var index in TopDownOrder(glyphs))
        {
            var glyph = glyphs[index];
            if (current.Count > 0 && Math.Abs(glyph.Baseline - baseline) > BaselineTolerance)
            {
                rows.Add(current);
                current = [];
            }

            if (current.Count == 0)
            {
                baseline = glyph.Baseline;
            }

            current.Add(glyph);
        }

        if (current.Count > 0)
        {
            rows.Add(current);
        }

        // A row of nothing but spaces carries no text.
        return rows.Where(r => r.Exists(g => !string.IsNullOrWhiteSpace(g.Value))).ToList();
    }

    /// <summary>
    /// The glyphs' indices from the top baseline down, left to right, ties in the PDF's own order: a
    /// stable sort of indices, not of the glyphs, which are large and would be copied twice per page.
    /// </summary>
    private static int[] TopDownOrder(List<PdfGlyph> glyphs)
    {
        var order = new int[glyphs.Count];
        var baselines = new double[glyphs.Count];
        var lefts = new double[glyphs.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            baselines[i] = glyphs[i].Baseline;
            lefts[i] = glyphs[i].Left;
        }

        Array.Sort(order, (a, b) =>
        {
            var c = baselines[b].CompareTo(baselines[a]);
            if (c == 0)
            {
                c = lefts[a].CompareTo(lefts[b]);
            }

            return c != 0 ? c : a.CompareTo(b);
        });
        return order;
    }

    private static List<List<PdfGlyph>> Segments(List<PdfGlyph> row)
    {
        // Most rows are left to right already; a stable sort would only copy them.
        var ordered = IsLeftToRight(row) ? row : row.OrderBy(g => g.Left).ToList();
        var parts = new List<List<PdfGlyph>>();
        var current = new List<PdfGlyph>();
        var currentVisible = false;
        var right = double.NegativeInfinity;
        foreach (var glyph in ordered)
        {
            if (string.IsNullOrWhiteSpace(glyph.Value))
            {
                current.Add(glyph);
                continue;
            }

            if (currentVisible && glyph.Left - right > SegmentGap * glyph.Size)
            {
                parts.Add(current);
                current = [];
            }

            current.Add(glyph);
            currentVisible = true;
            right = Math.Max(right, glyph.Right);
        }

        parts.Add(current);
        return parts.Where(p => p.Exists(g => !string.IsNullOrWhiteSpace(g.Value))).ToList();
    }

    private static bool IsLeftToRight(List<PdfGlyph> row)
    {
        for (var i = 1; i < row.Count; i++)
        {
            if (!(row[i - 1].Left <= row[i].Left))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where a part's visible glyphs start and end (every part has some).</summary>
    private static (double Left, double Right) Extent(List<PdfGlyph> part)
    {
        var left = double.PositiveInfinity;
        var right = double.NegativeInfinity;
        foreach (var glyph in part)
        {
            if (!string.IsNullOrWhiteSpace(glyph.Value))
            {
                left = Math.Min(left, glyph.Left);
                right = Math.Max(right, glyph.Right);
            }
        }

        return (left, right);
    }

    /// <summary>
    /// Two columns: enough parts lie wholly in each half, and the right half's parts start at one
    /// left edge (a column), not wherever a short line happens to end.
    /// </summary>
    private static bool TwoColumns(List<List<List<PdfGlyph>>> segments, double middle)
    {
        var parts = segments.SelectMany(s => s).Select(Extent).ToList();
        var left = parts.Count(p => p.Right < middle);
        var rights = parts.Where(p => p.Left > middle).Select(p => Math.Round(p.Left)).ToList();
        if (left < MinimumColumnLines || rights.Count < MinimumColumnLines)
        {
            return false;
        }

        var edge = rights.GroupBy(x => x).OrderByDescending(g => g.Count()).First().Key;
        return rights.Count(x => Math.Abs(x - edge) <= 2) >= MinimumColumnLines;
    }

    /// <summary>Spanning lines above the columns, the left column, the right column, spanning lines below.</summary>
    private static List<List<PdfLine>> SplitColumns(List<List<List<PdfGlyph>>> segments, double middle, int page)
    {
        var above = new List<PdfLine>();
        var below = new List<PdfLine>();
        var left = new List<PdfLine>();
        var right = new List<PdfLine>();
        foreach (var row in segments)
        {
            var spanning = row.Count == 1 && Extent(row[0]) is var e && e.Left < middle && e.Right > middle;
            if (spanning)
            {
                (left.Count == 0 && right.Count == 0 ? above : below).Add(new PdfLine(row[0], page));
                continue;
            }

            var leftParts = new List<PdfGlyph>();
            var rightParts = new List<PdfGlyph>();
            foreach (var part in row)
            {
                (Extent(part).Left < middle ? leftParts : rightParts).AddRange(part);
            }

            if (leftParts.Count > 0)
            {
                left.Add(new PdfLine(leftParts, page));
            }

            if (rightParts.Count > 0)
            {
                right.Add(new PdfLine(rightParts, page));
            }
        }

        return [above, left, right, below];
    }

    /// <summary>
    /// A line of small glyphs whose baseline sits less than three quarters of the type size above
    /// the next line down, within that line's width, is that line's superscript: it joins it, raised.
    /// </summary>
    private static void AttachRaised(List<PdfLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var small = lines[i];
            PdfLine? target = null;
            for (var j = i + 1; j < lines.Count && target is null; j++)
            {
                var candidate = lines[j];
                var rise = small.Baseline - candidate.Baseline;
                if (rise > 0.8 * candidate.Size)
                {
                    break;
                }

                if (rise >= 0.15 * candidate.Size && small.Size <= 0.85 * candidate.Size
                    && small.Left >= candidate.Left - (1.5 * candidate.Size) && small.Left <= candidate.Right + candidate.Size)
                {
                    target = candidate;
                }
            }

            if (target is null || small.Glyphs.Count > 12)
            {
                continue;
            }

            target.Absorb(small.AllGlyphs.Select(g => g with { Raised = true }));
            lines.RemoveAt(i);
            i--;
        }
    }
}

using System.Runtime.InteropServices;

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
        var segments = rows.ConvertAll(Segments);
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
        var order = TopDownOrder(glyphs);
        var rows = new List<List<PdfGlyph>>();
        var start = 0;
        var baseline = double.NaN;
        for (var i = 0; i <= order.Length; i++)
        {
            if (i == order.Length || (i > start && Math.Abs(glyphs[order[i]].Baseline - baseline) > BaselineTolerance))
            {
                // Each row's list is made at its size once its end is known: a page's glyphs are copied once, not grown into.
                var row = new List<PdfGlyph>(i - start);
                var visible = false;
                for (var k = start; k < i; k++)
                {
                    var glyph = glyphs[order[k]];
                    visible |= !string.IsNullOrWhiteSpace(glyph.Value);
                    row.Add(glyph);
                }

                // A row of nothing but spaces carries no text.
                if (visible)
                {
                    rows.Add(row);
                }

                start = i;
            }

            if (i < order.Length && i == start)
            {
                baseline = glyphs[order[i]].Baseline;
            }
        }

        return rows;
    }

    /// <summary>
    /// The glyphs' indices from the top baseline down, left to right, ties in the PDF's own order: a
    /// stable sort of indices, not of the glyphs, which are large and would be copied twice per page.
    /// </summary>
    private static int[] TopDownOrder(List<PdfGlyph> glyphs)
    {
        // Keys compared by a struct's own CompareTo, which the sort calls directly, not through a delegate per comparison.
        var keys = new GlyphPlace[glyphs.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = new GlyphPlace(glyphs[i].Baseline, glyphs[i].Left, i);
        }

        Array.Sort(keys);
        var order = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            order[i] = keys[i].Index;
        }

        return order;
    }

    /// <summary>A glyph's place in the top-down order: higher baselines first, then from the left, then the PDF's order.</summary>
    private readonly record struct GlyphPlace(double Baseline, double Left, int Index) : IComparable<GlyphPlace>
    {
        public int CompareTo(GlyphPlace other)
        {
            var c = other.Baseline.CompareTo(Baseline);
            if (c == 0)
            {
                c = Left.CompareTo(other.Left);
            }

            return c != 0 ? c : Index.CompareTo(other.Index);
        }
    }

    /// <summary>
    /// A row's glyphs left to right and the parts a gutter or a tab cuts it into, each a run of them
    /// with its visible extent. Parts are runs, not copies: most pages have one column, where the parts
    /// only decide that, and a part's glyphs are copied only into a column's line.
    /// </summary>
    private sealed record RowParts(List<PdfGlyph> Ordered, List<Part> Parts);

    private readonly record struct Part(int Start, int Count, double Left, double Right)
    {
        public List<PdfGlyph> Glyphs(List<PdfGlyph> ordered) => ordered.GetRange(Start, Count);
    }

    private static RowParts Segments(List<PdfGlyph> row)
    {
        // Most rows are left to right already; a stable sort would only copy them.
        var ordered = IsLeftToRight(row) ? row : row.OrderBy(g => g.Left).ToList();
        var parts = new List<Part>();
        var start = 0;
        var currentVisible = false;
        var right = double.NegativeInfinity;
        for (var i = 0; i < ordered.Count; i++)
        {
            var glyph = ordered[i];
            if (string.IsNullOrWhiteSpace(glyph.Value))
            {
                continue;
            }

            if (currentVisible && glyph.Left - right > SegmentGap * glyph.Size)
            {
                AddPart(parts, ordered, start, i);
                start = i;
            }

            currentVisible = true;
            right = Math.Max(right, glyph.Right);
        }

        AddPart(parts, ordered, start, ordered.Count);
        return new RowParts(ordered, parts);
    }

    /// <summary>Adds the run from <paramref name="start"/> to <paramref name="end"/> with its extent, unless it holds only spaces.</summary>
    private static void AddPart(List<Part> parts, List<PdfGlyph> ordered, int start, int end)
    {
        var left = double.PositiveInfinity;
        var right = double.NegativeInfinity;
        var visible = false;
        for (var i = start; i < end; i++)
        {
            var glyph = ordered[i];
            if (!string.IsNullOrWhiteSpace(glyph.Value))
            {
                visible = true;
                left = Math.Min(left, glyph.Left);
                right = Math.Max(right, glyph.Right);
            }
        }

        if (visible)
        {
            parts.Add(new Part(start, end - start, left, right));
        }
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

    /// <summary>
    /// Two columns: enough parts lie wholly in each half, and the right half's parts start at one
    /// left edge (a column), not wherever a short line happens to end.
    /// </summary>
    private static bool TwoColumns(List<RowParts> segments, double middle)
    {
        var parts = segments.SelectMany(s => s.Parts).ToList();
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
    private static List<List<PdfLine>> SplitColumns(List<RowParts> segments, double middle, int page)
    {
        var above = new List<PdfLine>();
        var below = new List<PdfLine>();
        var left = new List<PdfLine>();
        var right = new List<PdfLine>();
        foreach (var (ordered, row) in segments)
        {
            var spanning = row.Count == 1 && row[0].Left < middle && row[0].Right > middle;
            if (spanning)
            {
                (left.Count == 0 && right.Count == 0 ? above : below).Add(new PdfLine(row[0].Glyphs(ordered), page));
                continue;
            }

            var leftParts = new List<PdfGlyph>();
            var rightParts = new List<PdfGlyph>();
            foreach (var part in row)
            {
                (part.Left < middle ? leftParts : rightParts).AddRange(CollectionsMarshal.AsSpan(ordered).Slice(part.Start, part.Count));
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
        // Lines kept are moved down over those taken in: a search only looks below the line at hand, which is not moved yet.
        var kept = 0;
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
                lines[kept++] = small;
                continue;
            }

            target.AbsorbRaised(small);
        }

        lines.RemoveRange(kept, lines.Count - kept);
    }
}

using Pipeline.Model;
using Pipeline.Native.Leptonica;

namespace Pipeline.Ocr;

/// <summary>
/// Widens text regions over ink next to them that no region holds. Tesseract's layout analysis
/// reports a block's box from the rows it has settled before recognition; rows it left for later
/// (small type, a line with a raised call-out, the last line before a skewed paragraph gap) belong
/// to no block, and a block read on its own would lose them. The whole-page recognition takes them
/// back; reading block by block, the region must cover them.
/// </summary>
internal static class BlockGrowth
{
    /// <summary>Ink further than this many line heights beyond the edge is no part of the block.</summary>
    private const double Gap = 0.5;

    /// <summary>A block grows by at most this many line heights on a side.</summary>
    private const double Reach = 3;

    /// <summary>A row or column inked over more than this share is a border or a bar, not type.</summary>
    private const double Solid = 0.8;

    /// <summary>
    /// The regions with each text region grown over the unheld ink beside it, stopping at the other
    /// regions, at the rules, at a blank wider than half a line and after three lines.
    /// </summary>
    public static List<LayoutBlock> Apply(IReadOnlyList<LayoutBlock> regions, IReadOnlyList<PixelBox> obstacles, PageLayout layout)
    {
        var lineHeight = Math.Max(8, layout.LineHeight);
        var result = regions.ToList();
        for (var i = 0; i < result.Count; i++)
        {
            if (!result[i].Kind.IsText())
            {
                continue;
            }

            var others = result.Where((_, j) => j != i).Select(r => r.Box).Concat(obstacles).ToList();
            var box = result[i].Box;
            box = Vertically(box, others, layout.Ink, lineHeight);
            box = Horizontally(box, others, layout.Ink, lineHeight);
            result[i] = result[i] with { Box = box };
        }

        return result;
    }

    private static PixelBox Vertically(PixelBox box, List<PixelBox> others, InkMask ink, int lineHeight)
    {
        var gap = Math.Max(2, (int)(Gap * lineHeight));
        var reach = (int)(Reach * lineHeight);
        var width = box.Right - box.Left;
        bool Held(int y) => others.Exists(o => y >= o.Top && y < o.Bottom && o.Left < box.Right && o.Right > box.Left);
        bool Inked(int y) => !ink.RowIsEmpty(y, box.Left, box.Right) && InkIn(ink, box.Left, box.Right, y) <= Solid * width;

        var bottom = Extend(box.Bottom, 1, Math.Min(ink.Height, box.Bottom + reach), gap, Held, Inked);
        var top = Extend(box.Top - 1, -1, Math.Max(-1, box.Top - 1 - reach), gap, Held, Inked);
        return box with { Top = top, Bottom = bottom };
    }

    private static PixelBox Horizontally(PixelBox box, List<PixelBox> others, InkMask ink, int lineHeight)
    {
        var gap = Math.Max(2, (int)(Gap * lineHeight));
        var reach = (int)(Reach * lineHeight);
        var height = box.Bottom - box.Top;
        bool Held(int x) => others.Exists(o => x >= o.Left && x < o.Right && o.Top < box.Bottom && o.Bottom > box.Top);
        bool Inked(int x) => !ink.ColumnIsEmpty(x, box.Top, box.Bottom) && InkDown(ink, x, box.Top, box.Bottom) <= Solid * height;

        var right = Extend(box.Right, 1, Math.Min(ink.Width, box.Right + reach), gap, Held, Inked);
        var left = Extend(box.Left - 1, -1, Math.Max(-1, box.Left - 1 - reach), gap, Held, Inked);
        return box with { Left = left, Right = right };
    }

    /// <summary>
    /// Walks from <paramref name="start"/> in <paramref name="step"/>s up to <paramref name="end"/>
    /// (exclusive) and returns the new edge: just past the last inked line met before a blank of
    /// <paramref name="gap"/> or a held line. For a step of −1 the edge is the last inked line itself.
    /// </summary>
    private static int Extend(int start, int step, int end, int gap, Func<int, bool> held, Func<int, bool> inked)
    {
        var edge = step > 0 ? start : start + 1;
        var blank = 0;
        for (var p = start; p != end && blank <= gap; p += step)
        {
            if (held(p))
            {
                break;
            }

            if (inked(p))
            {
                edge = step > 0 ? p + 1 : p;
                blank = 0;
            }
            else
            {
                blank++;
            }
        }

        return edge;
    }

    private static int InkIn(InkMask ink, int left, int right, int y)
    {
        var count = 0;
        for (var x = left; x < right; x++)
        {
            count += ink[x, y] ? 1 : 0;
        }

        return count;
    }

    private static int InkDown(InkMask ink, int x, int top, int bottom)
    {
        var count = 0;
        for (var y = top; y < bottom; y++)
        {
            count += ink[x, y] ? 1 : 0;
        }

        return count;
    }
}

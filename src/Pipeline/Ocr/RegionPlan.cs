using System.Collections.Immutable;
using Pipeline.Model;
using Pipeline.Native.Leptonica;

namespace Pipeline.Ocr;

/// <summary>
/// The regions a page is read in, from Tesseract's own layout (its blocks, their types and order),
/// changed only where the page's own evidence is strong: a text block that runs across a printed
/// vertical rule, or across a whitespace gutter that runs its full height, was merged from
/// columns and is cut there; ink beside a block that no block holds is taken into it
/// (<see cref="BlockGrowth"/>); blocks beside the same rules are read column by column.
/// </summary>
internal static class RegionPlan
{
    /// <summary>A gutter is at least this many line heights wide (word spaces are about a third of one).</summary>
    private const double GutterWidth = 0.8;

    /// <summary>Only blocks of at least this many line heights have gutters worth trusting.</summary>
    private const double GutterBlockHeight = 3;

    /// <summary>An image region smaller than this many line heights either way is no picture.</summary>
    private const double PictureSize = 3;

    /// <summary>A column beside a gutter or rule is at least this many line heights wide.</summary>
    private const double ColumnWidth = 3;

    /// <summary>
    /// True when the layout's blocks are rectangles that do not overlap (by more than half a line
    /// either way), so that each can be read on its own. Tesseract's blocks are polygons: text
    /// flowing round a picture, or a block that wraps another, has a bounding box that covers
    /// other blocks, and only the engine's whole-page reading keeps those apart.
    /// </summary>
    public static bool IsRectangular(ImmutableArray<LayoutBlock> found, PageLayout layout)
    {
        var slack = Math.Max(4, layout.LineHeight / 2);

        // A "picture" smaller than a few lines is a glyph or a speck the analysis took for one,
        // not a picture that text flows round; reading the text block over it reads its letters.
        var picture = PictureSize * Math.Max(8, layout.LineHeight);
        var solid = found
            .Where(b => b.Kind.IsText()
                || (b.Kind == OcrRegionKind.Image && b.Box.Right - b.Box.Left >= picture && b.Box.Bottom - b.Box.Top >= picture))
            .ToList();
        for (var i = 0; i < solid.Count; i++)
        {
            for (var j = i + 1; j < solid.Count; j++)
            {
                var (a, b) = (solid[i].Box, solid[j].Box);
                if (Overlap(a.Left, a.Right, b.Left, b.Right) > slack && Overlap(a.Top, a.Bottom, b.Top, b.Bottom) > slack
                    && (solid[i].Kind.IsText() || solid[j].Kind.IsText()))
                {
                    return false;
                }
            }
        }

        return true;
    }

    public static ImmutableArray<LayoutBlock> Make(
        ImmutableArray<LayoutBlock> found, PageLayout layout)
    {
        var rules = layout.VerticalRules.ToList();
        var lineHeight = Math.Max(8, layout.LineHeight);
        var regions = new List<LayoutBlock>();
        foreach (var (box, kind) in found)
        {
            if (!kind.IsText())
            {
                regions.Add(new LayoutBlock(box, kind));
                continue;
            }

            foreach (var part in SplitAtRules(box, rules, layout.Ink, lineHeight))
            {
                var columns = kind == OcrRegionKind.Table ? [part] : SplitAtGutters(part, layout.Ink, lineHeight);
                regions.AddRange(columns.Select(c => new LayoutBlock(c, kind)));
            }
        }

        // Small images and noise are specks the analysis boxed, no edge for text to stop at.
        var picture = PictureSize * lineHeight;
        var obstacles = regions
            .Where(r => r.Kind == OcrRegionKind.Rule
                || (r.Kind == OcrRegionKind.Image && r.Box.Right - r.Box.Left >= picture && r.Box.Bottom - r.Box.Top >= picture))
            .Select(r => r.Box)
            .Concat(layout.Rules)
            .ToList();
        var text = regions.Where(r => r.Kind.IsText()).ToList();
        var grown = BlockGrowth.Apply(text, obstacles, layout);
        var index = 0;
        var all = regions.Select(r => r.Kind.IsText() ? grown[index++] : r).ToList();
        return ColumnOrder.Apply(all, rules);
    }

    private static List<PixelBox> SplitAtRules(PixelBox box, List<PixelBox> rules, InkMask ink, int lineHeight)
    {
        var height = box.Bottom - box.Top;
        var cuts = rules
            .Where(r => r.Left >= box.Left + (ColumnWidth * lineHeight) && r.Right <= box.Right - (ColumnWidth * lineHeight))
            .Where(r => Overlap(r.Top, r.Bottom, box.Top, box.Bottom) >= height / 2)
            .Select(r => (r.Left, r.Right))
            .OrderBy(c => c.Left)
            .ToList();
        return Cut(box, cuts, ink);
    }

    private static List<PixelBox> SplitAtGutters(PixelBox box, InkMask ink, int lineHeight)
    {
        if (box.Bottom - box.Top < GutterBlockHeight * lineHeight)
        {
            return [box];
        }

        var cuts = new List<(int Start, int End)>();
        var start = -1;
        for (var x = box.Left; x <= box.Right; x++)
        {
            var empty = x < box.Right && ink.ColumnIsEmpty(x, box.Top, box.Bottom);
            if (empty && start < 0)
            {
                start = x;
            }
            else if (!empty && start >= 0)
            {
                var wide = x - start >= GutterWidth * lineHeight;
                var inside = start - box.Left >= ColumnWidth * lineHeight && box.Right - x >= ColumnWidth * lineHeight;
                if (wide && inside)
                {
                    cuts.Add((start, x));
                }

                start = -1;
            }
        }

        return Cut(box, cuts, ink);
    }

    /// <summary>The parts of a box between the cuts, each trimmed to its ink.</summary>
    private static List<PixelBox> Cut(PixelBox box, List<(int Start, int End)> cuts, InkMask ink)
    {
        if (cuts.Count == 0)
        {
            return [box];
        }

        var parts = new List<PixelBox>();
        var left = box.Left;
        foreach (var (start, end) in cuts.Append((box.Right, box.Right)))
        {
            if (Trim(ink, box with { Left = left, Right = start }) is { } part)
            {
                parts.Add(part);
            }

            left = Math.Max(left, end);
        }

        return parts;
    }

    private static PixelBox? Trim(InkMask ink, PixelBox area)
    {
        if (area.Right <= area.Left)
        {
            return null;
        }

        var top = area.Top;
        while (top < area.Bottom && ink.RowIsEmpty(top, area.Left, area.Right))
        {
            top++;
        }

        var bottom = area.Bottom;
        while (bottom > top && ink.RowIsEmpty(bottom - 1, area.Left, area.Right))
        {
            bottom--;
        }

        var left = area.Left;
        while (left < area.Right && ink.ColumnIsEmpty(left, top, bottom))
        {
            left++;
        }

        var right = area.Right;
        while (right > left && ink.ColumnIsEmpty(right - 1, top, bottom))
        {
            right--;
        }

        return right - left < 3 || bottom - top < 3 ? null : new PixelBox(left, top, right, bottom);
    }

    private static int Overlap(int a0, int a1, int b0, int b1) => Math.Max(0, Math.Min(a1, b1) - Math.Max(a0, b0));
}

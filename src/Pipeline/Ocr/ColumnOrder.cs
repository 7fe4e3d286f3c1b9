using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Ocr;

/// <summary>
/// Reading order beside printed vertical rules: the text regions between the same rules are read
/// column by column, left column first, each column in the engine's order. Regions above or below
/// the rules (a headline over the columns) and regions that cross a rule keep their place; each
/// band's regions go where the first of them was.
/// </summary>
internal static class ColumnOrder
{
    public static ImmutableArray<LayoutBlock> Apply(
        IReadOnlyList<LayoutBlock> regions, List<PixelBox> rules) =>
        Apply(regions, r => r.Box, r => r.Kind, rules);

    public static ImmutableArray<OcrBlock> Apply(IReadOnlyList<OcrBlock> blocks, List<PixelBox> rules) =>
        Apply(blocks, b => b.Box, b => b.Kind, rules);

    private static ImmutableArray<T> Apply<T>(IReadOnlyList<T> items, Func<T, PixelBox> boxOf, Func<T, OcrRegionKind> kindOf, List<PixelBox> rules)
    {
        var regions = items.Select(i => (Box: boxOf(i), Kind: kindOf(i))).ToList();
        var bandOf = new int[regions.Count];
        Array.Fill(bandOf, -1);
        var bands = Bands(rules);
        for (var b = 0; b < bands.Count; b++)
        {
            var members = Enumerable.Range(0, regions.Count)
                .Where(i => bandOf[i] < 0 && regions[i].Kind.IsText() && IsBeside(regions[i].Box, bands[b]))
                .ToList();

            // One region between rules is no evidence of columns to reorder.
            if (members.Select(i => ColumnOf(regions[i].Box, bands[b].Rules)).Distinct().Count() < 2)
            {
                continue;
            }

            foreach (var i in members)
            {
                bandOf[i] = b;
            }
        }

        var result = ImmutableArray.CreateBuilder<T>(regions.Count);
        var done = new HashSet<int>();
        for (var i = 0; i < regions.Count; i++)
        {
            if (bandOf[i] < 0)
            {
                result.Add(items[i]);
            }
            else if (done.Add(bandOf[i]))
            {
                var band = bands[bandOf[i]];
                result.AddRange(Enumerable.Range(i, regions.Count - i)
                    .Where(j => bandOf[j] == bandOf[i])
                    .OrderBy(j => ColumnOf(regions[j].Box, band.Rules))
                    .Select(j => items[j]));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Vertical rules that overlap in height, merged into bands of the page.</summary>
    private static List<Band> Bands(List<PixelBox> rules)
    {
        var bands = new List<Band>();
        foreach (var rule in rules.OrderBy(r => r.Top))
        {
            if (bands.Count > 0 && rule.Top < bands[^1].Bottom)
            {
                var last = bands[^1];
                last.Rules.Add(rule);
                bands[^1] = last with { Bottom = Math.Max(last.Bottom, rule.Bottom) };
            }
            else
            {
                bands.Add(new Band(rule.Top, rule.Bottom, [rule]));
            }
        }

        return bands;
    }

    private static bool IsBeside(PixelBox box, Band band)
    {
        var middle = (box.Top + box.Bottom) / 2;
        return middle >= band.Top && middle < band.Bottom && !band.Rules.Any(r => box.Left < r.Left && r.Right < box.Right);
    }

    private static int ColumnOf(PixelBox box, List<PixelBox> rules) => rules.Count(r => Centre(r) <= Centre(box));

    private static int Centre(PixelBox box) => (box.Left + box.Right) / 2;

    private sealed record Band(int Top, int Bottom, List<PixelBox> Rules);
}

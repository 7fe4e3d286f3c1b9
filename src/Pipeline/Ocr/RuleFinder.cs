using System.Collections.Immutable;
using Pipeline.Model;
using Pipeline.Native.Leptonica;

namespace Pipeline.Ocr;

/// <summary>
/// Finds printed rules: thin straight lines far longer than any letter stroke. Vertical rules
/// separate columns; horizontal rules separate a masthead from the headline. Both are removed
/// before recognition so the engine does not read them as letters.
/// </summary>
internal static class RuleFinder
{
    public static ImmutableArray<PixelBox> Find(InkMask mask)
    {
        ArgumentNullException.ThrowIfNull(mask);
        var rules = ImmutableArray.CreateBuilder<PixelBox>();
        rules.AddRange(FindVertical(mask));
        rules.AddRange(FindHorizontal(mask));
        return rules.ToImmutable();
    }

    private static List<PixelBox> FindVertical(InkMask mask)
    {
        var minimum = Math.Max(60, mask.Height / 5);
        var maxThickness = Math.Max(4, mask.Width / 100);
        var found = new List<PixelBox>();
        PixelBox? current = null;
        for (var x = 0; x < mask.Width; x++)
        {
            var run = LongestRun(mask.Height, y => mask[x, y]);
            if (run.Length >= minimum)
            {
                current = current is { } c
                    ? new PixelBox(c.Left, Math.Min(c.Top, run.Start), x + 1, Math.Max(c.Bottom, run.Start + run.Length))
                    : new PixelBox(x, run.Start, x + 1, run.Start + run.Length);
            }
            else if (current is { } c)
            {
                if (c.Right - c.Left <= maxThickness)
                {
                    found.Add(c);
                }

                current = null;
            }
        }

        return found;
    }

    private static List<PixelBox> FindHorizontal(InkMask mask)
    {
        var minimum = Math.Max(100, mask.Width * 3 / 10);
        var maxThickness = Math.Max(4, mask.Height / 100);
        var found = new List<PixelBox>();
        PixelBox? current = null;
        for (var y = 0; y < mask.Height; y++)
        {
            var run = LongestRun(mask.Width, x => mask[x, y]);
            if (run.Length >= minimum)
            {
                current = current is { } c
                    ? new PixelBox(Math.Min(c.Left, run.Start), c.Top, Math.Max(c.Right, run.Start + run.Length), y + 1)
                    : new PixelBox(run.Start, y, run.Start + run.Length, y + 1);
            }
            else if (current is { } c)
            {
                if (c.Bottom - c.Top <= maxThickness)
                {
                    found.Add(c);
                }

                current = null;
            }
        }

        return found;
    }

    private static (int Start, int Length) LongestRun(int count, Func<int, bool> ink)
    {
        (int Start, int Length) best = (0, 0);
        var start = -1;
        for (var i = 0; i <= count; i++)
        {
            if (i < count && ink(i))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                if (i - start > best.Length)
                {
                    best = (start, i - start);
                }

                start = -1;
            }
        }

        return best;
    }
}

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// The column's right margin: where the longest lines but a few end. Plain pdftotext prints some
/// pairs of a column's lines as one text line (at a hyphenated line end), about twice as long as the
/// column's full lines. When those are a tenth of the lines or more, they would set the margin, and
/// every full line of the column would then look like a paragraph's short last line.
/// </summary>
internal static class ColumnMargin
{
    /// <summary>How far past the column's measure a line may run and still be one printed line.</summary>
    private const double OneLine = 1.4;

    /// <summary>
    /// The 90th percentile of <paramref name="rights"/> (sorted), unless it stands past the measure
    /// most lines reach by more than one line can run; then the 90th percentile of the lines within
    /// that reach. The measure is taken where lines cluster, not from the median, which a page of
    /// short heads and paragraph ends pulls down.
    /// </summary>
    public static int Of(IReadOnlyList<int> rights)
    {
        var margin = rights[(int)((rights.Count - 1) * 0.9)];
        var measure = Measure(rights);
        if (margin <= measure * OneLine)
        {
            return margin;
        }

        var column = rights.Where(r => r <= measure * OneLine).ToList();
        return column[(int)((column.Count - 1) * 0.9)];
    }

    /// <summary>
    /// The line end the most lines come close to: the right edge r with the most lines in
    /// (0.85 r, r], the longer on a tie. A justified column's full lines all end there; a ragged one's
    /// spread below it.
    /// </summary>
    private static int Measure(IReadOnlyList<int> rights)
    {
        var best = rights[^1];
        var bestCount = 0;
        var low = 0;
        for (var i = 0; i < rights.Count; i++)
        {
            if (i + 1 < rights.Count && rights[i + 1] == rights[i])
            {
                continue;
            }

            while (low < i && rights[low] <= rights[i] * 0.85)
            {
                low++;
            }

            var count = i - low + 1;
            if (count >= bestCount)
            {
                (best, bestCount) = (rights[i], count);
            }
        }

        return best;
    }
}

namespace Pipeline.Reading.Pdf;

/// <summary>
/// A block quotation as a PDF sets it between paragraphs: two or more lines that all stand in from
/// their column's left edge at one indent (a paragraph indents only its first line; a first line may
/// stand in further), and that are set in on the right too (their full lines stop short of the
/// column's edge) or set smaller than the body. Kept apart from the block assembly so the rule can
/// change on its own.
/// </summary>
internal static class BlockQuotation
{
    public static bool Is(IReadOnlyList<PdfLine> lines, LayoutMetrics metrics)
    {
        if (lines.Count < 2)
        {
            return false;
        }

        var edge = lines[1].Left;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // In from the column by more than a paragraph's smallest first-line indent, every line at the block's own edge.
            if (line.Left - line.ColumnLeft < line.Size || (i > 0 && Math.Abs(line.Left - edge) > 0.5 * line.Size) || (i == 0 && line.Left < edge - 0.5 * line.Size))
            {
                return false;
            }
        }

        var smaller = lines.All(line => line.Size < 0.95 * metrics.BodySize);
        var setInOnTheRight = lines.Take(lines.Count - 1).All(line => line.ColumnRight - line.Right > line.Size);
        return smaller || setInOnTheRight;
    }
}

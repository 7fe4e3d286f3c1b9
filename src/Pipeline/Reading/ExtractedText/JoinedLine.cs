namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// A text line that holds two printed lines: plain pdftotext prints a column's line and the next
/// one as one (at a hyphenated line end, at a raised call-out). Whether the paragraph ends there is
/// the second printed line's question, so its end is measured from where the first one stopped.
/// </summary>
internal static class JoinedLine
{
    /// <summary>How many lines above set the measure the line is compared with.</summary>
    private const int Measure = 3;

    /// <summary>How much longer than the lines above a line must be to hold two of them.</summary>
    private const double TwoLines = 1.3;

    /// <summary>
    /// Where the line's last printed line ends: <paramref name="line"/>'s right edge, or, when it runs
    /// past the column's <paramref name="margin"/> and past the lines above it in its paragraph (the
    /// median of up to three, each within the margin) by more than any printed line does, what is
    /// left of it past that measure. A block set narrower than the column (an abstract) has its own
    /// measure, which the margin of the whole text does not show.
    /// </summary>
    public static int PrintedRight(TextLine line, IReadOnlyList<TextLine> above, int margin)
    {
        if (line.Right <= margin)
        {
            return line.Right;
        }

        var rights = above.Select(l => l.Right).Where(r => r <= margin).TakeLast(Measure).Order().ToList();
        var measure = rights.Count > 0 ? rights[rights.Count / 2] : margin;
        return line.Right > measure * TwoLines ? line.Right - measure : line.Right;
    }
}

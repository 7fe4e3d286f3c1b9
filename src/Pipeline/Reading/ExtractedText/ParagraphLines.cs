namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// Where paragraphs end in hard-wrapped text that has no blank lines between them: after a line
/// that stops well short of the column's right margin (or short of it and at a sentence end), and
/// before a line that is indented past the column's left edge or follows a blank line after a sentence end.
/// </summary>
internal sealed class ParagraphLines(int margin, int baseIndent)
{
    public static ParagraphLines For(IEnumerable<TextLine> body)
    {
        var lines = body.ToList();
        if (lines.Count == 0)
        {
            return new ParagraphLines(0, 0);
        }

        var rights = lines.Select(l => l.Right).Order().ToList();
        var margin = ColumnMargin.Of(rights);
        var baseIndent = lines.GroupBy(l => l.Indent).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        return new ParagraphLines(margin, baseIndent);
    }

    /// <summary>
    /// True when the paragraph ends with <paramref name="line"/>; <paramref name="visible"/> is its text
    /// without call-outs. A line whose last word is cut by a hyphen goes on, however short (mutool
    /// cuts a justified line into pieces, a head's line stops short). <paramref name="above"/> are the
    /// paragraph's lines before it, which show whether it holds two printed lines.
    /// </summary>
    public bool EndsAfter(TextLine line, string visible, IReadOnlyList<TextLine>? above = null)
    {
        var right = JoinedLine.PrintedRight(line, above ?? [], margin);
        return !CutWord(visible) && (Centred(line)
            || right < margin * 0.7 || (EndsSentence(visible) && right < margin * 0.88));
    }

    private static bool CutWord(string text) => text.Length > 1 && text[^1] == '-' && char.IsLetter(text[^2]);

    /// <summary>
    /// True when <paramref name="line"/> starts a paragraph after <paramref name="previous"/>. A blank
    /// line counts only after a sentence end: extractors also leave blank lines inside paragraphs
    /// (mutool between its text blocks), after a line that runs to the margin mid-sentence. A line
    /// across both columns (a centred title or by-line, a caption) and a column's line never share a
    /// paragraph: their margins are not the same, so the margin tests cannot tell where one ends.
    /// </summary>
    public bool StartsAt(TextLine previous, TextLine line) =>
        previous.AcrossColumns != line.AcrossColumns
        || Centred(line)
        || (line.AfterBlank && EndsSentence(previous.Text))
        || (line.Indent >= baseIndent + 2 && line.Indent > previous.Indent);

    /// <summary>
    /// A line across both columns that stands in from the left edge: a title line, a by-line or a head
    /// centred on the page, each printed on a line of its own. A paragraph printed across the page
    /// starts its lines at the left edge.
    /// </summary>
    private bool Centred(TextLine line) => line.AcrossColumns && line.Indent >= baseIndent + 2;

    internal static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd('"', '\'', '’', '”', '»', ')', ']', ' ');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '?' or '!' or ':' or '…';
    }
}

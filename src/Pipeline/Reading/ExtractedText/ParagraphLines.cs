namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// Where paragraphs end in hard-wrapped text that has no blank lines between them: after a line
/// that stops well short of the column's right margin (or short of it and at a sentence end), and
/// before a line that is indented past the column's left edge or follows a blank line.
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
        var margin = rights[(int)((rights.Count - 1) * 0.9)];
        var baseIndent = lines.GroupBy(l => l.Indent).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        return new ParagraphLines(margin, baseIndent);
    }

    /// <summary>True when the paragraph ends with <paramref name="line"/>; <paramref name="visible"/> is its text without call-outs.</summary>
    public bool EndsAfter(TextLine line, string visible) =>
        line.Right < margin * 0.7 || (EndsSentence(visible) && line.Right < margin * 0.88);

    public bool StartsAt(TextLine previous, TextLine line) =>
        line.AfterBlank
        || (line.Indent >= baseIndent + 2 && line.Indent > previous.Indent);

    internal static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd('"', '\'', '’', '”', '»', ')', ']', ' ');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '?' or '!' or ':' or '…';
    }
}

using System.Text.RegularExpressions;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// Puts back the call-outs <c>pdftotext -layout</c> printed on a row of their own: a raised number
/// gets a row above the line it belongs to, at about its character column. Such a row (numbers only,
/// neither the page's first nor its last) is spliced into the row below, each number glued to the
/// word that ends before its column when only spaces lie between; a number over a word of that row,
/// or with no word before it, leaves the row as it is.
/// </summary>
internal static partial class RaisedCallOuts
{
    public static List<SourceRow> Splice(List<SourceRow> rows)
    {
        var result = new List<SourceRow>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0 && i < rows.Count - 1 && NumbersOnly().IsMatch(rows[i].Text) && TrySplice(rows[i].Text, rows[i + 1].Text) is { } spliced)
            {
                result.Add(new SourceRow(rows[i + 1].Line, spliced, rows[i].Blanks));
                i++;
                continue;
            }

            result.Add(rows[i]);
        }

        return result;
    }

    private static string? TrySplice(string numbers, string below)
    {
        var text = below.TrimEnd();
        // From the right, so the columns of the numbers further left stay where they were.
        foreach (var match in Numbers().Matches(numbers).Reverse())
        {
            var at = match.Index;
            if (at < text.Length && text[at] != ' ')
            {
                return null;
            }

            var end = Math.Min(at, text.Length);
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }

            if (end == 0)
            {
                return null;
            }

            text = text[..end] + match.Value + text[end..];
        }

        return text;
    }

    [GeneratedRegex(@"^\s*[1-9]\d{0,2}(?:\s+[1-9]\d{0,2})*\s*$")]
    private static partial Regex NumbersOnly();

    [GeneratedRegex(@"[1-9]\d{0,2}")]
    private static partial Regex Numbers();
}

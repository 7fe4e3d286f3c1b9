namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// Puts a page that <c>pdftotext -layout</c> printed in two columns into reading order. Such a page
/// keeps the character grid: the right column's lines start at one character column, after a gutter
/// of spaces. That column is found as the text start (after two spaces or more) shared by most lines
/// of the page; the page is then read in bands cut by lines that cross the gutter (a centred head, a
/// page number), each band left column first, then right. A page without such a gutter is kept as it is.
/// </summary>
internal static class TextColumns
{
    /// <summary>The share of a page's lines that must start text at the gutter for it to count as two columns.</summary>
    private const double ShareAtGutter = 0.3;

    /// <summary>Fewer lines than this starting at one column is no column.</summary>
    private const int FewestAtGutter = 5;

    /// <summary>
    /// The page's rows in reading order (a row of a column counts the rows with nothing in that column as blank); a line of the right column starts at the gutter.
    /// </summary>
    public static List<SourceRow> Order(List<SourceRow> rows)
    {
        var gutter = Gutter(rows);
        if (gutter < 0)
        {
            return rows;
        }

        var ordered = new List<SourceRow>(rows.Count + 8);
        var left = new List<SourceRow>();
        var right = new List<SourceRow>();
        var leftBlanks = 0;
        var rightBlanks = 0;
        void Flush()
        {
            ordered.AddRange(left);
            ordered.AddRange(right);
            left.Clear();
            right.Clear();
        }

        foreach (var row in rows)
        {
            leftBlanks += row.Blanks;
            rightBlanks += row.Blanks;
            var (leftText, rightText, spans) = Cut(row.Text, gutter);
            if (spans)
            {
                Flush();
                ordered.Add(row with { AcrossColumns = true });
                leftBlanks = rightBlanks = 0;
                continue;
            }

            if (leftText.Length > 0)
            {
                left.Add(new SourceRow(row.Line, leftText, left.Count > 0 ? leftBlanks : row.Blanks));
                leftBlanks = 0;
            }
            else
            {
                leftBlanks++;
            }

            if (rightText.Length > 0)
            {
                right.Add(new SourceRow(row.Line, rightText, right.Count > 0 ? rightBlanks : 0));
                rightBlanks = 0;
            }
            else
            {
                rightBlanks++;
            }
        }

        Flush();
        return ordered;
    }

    /// <summary>The character column where the right column's text starts; -1 when the page has one column.</summary>
    internal static int Gutter(List<SourceRow> rows)
    {
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Text.TrimEnd().Length);
        if (width < 40)
        {
            return -1;
        }

        var starts = new int[width];
        foreach (var text in rows.Select(r => r.Text))
        {
            for (var c = Math.Max(2, width / 4); c < width * 3 / 4; c++)
            {
                if (text.Length > c && text[c] != ' ' && text[c - 1] == ' ' && text[c - 2] == ' ')
                {
                    starts[c]++;
                }
            }
        }

        var best = -1;
        for (var c = 0; c < width; c++)
        {
            if (starts[c] > 0 && (best < 0 || starts[c] > starts[best]))
            {
                best = c;
            }
        }

        var lines = rows.Count(r => !string.IsNullOrWhiteSpace(r.Text));
        return best >= 0 && starts[best] >= FewestAtGutter && starts[best] >= lines * ShareAtGutter ? best : -1;
    }

    /// <summary>
    /// A row's left and right parts (the right part re-indented from the gutter), or <c>spans</c> when a
    /// word crosses the gutter or a line with nothing on its right stands away from the left margin
    /// (a centred head or page number).
    /// </summary>
    private static (string Left, string Right, bool Spans) Cut(string text, int gutter)
    {
        var trimmed = text.TrimEnd();
        var first = trimmed.Length - trimmed.TrimStart().Length;
        var cut = gutter - 1;
        if (trimmed.Length <= cut)
        {
            return first > cut / 2 ? (string.Empty, string.Empty, true) : (trimmed, string.Empty, false);
        }

        if (first >= cut - 1)
        {
            return (string.Empty, trimmed[Math.Min(first, gutter)..], false);
        }

        // A clean cut needs two spaces at the gutter: one space may be a word space of a line running across.
        var clean = trimmed[cut] == ' ' && (trimmed[cut - 1] == ' ' || trimmed[gutter] == ' ');
        clean |= trimmed[cut] != ' ' && trimmed[cut - 1] == ' ' && trimmed[cut - 2] == ' ';
        if (!clean)
        {
            return (string.Empty, string.Empty, true);
        }

        // The right part keeps its indentation from the gutter, so indented paragraph starts stay indented.
        return (trimmed[..cut].TrimEnd(), trimmed[cut] == ' ' ? trimmed[gutter..] : trimmed[cut..], false);
    }
}

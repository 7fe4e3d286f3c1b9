using System.Text.RegularExpressions;
using Pipeline.Language;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// A typesetter's placement line: a line standing apart from the text above and below it, short of
/// the column's edge, wholly in square brackets, that names a display by label and number ("[see
/// Figure 2 at the end of the article]", "[Table 1 about here]", "[Abb. 3]"). Journals print one where
/// a figure set elsewhere belongs; the author's text runs on around it. A bracketed line that names no
/// display ("[page 2]", "[illegible]") is text.
/// </summary>
internal static partial class PlacementLine
{
    /// <summary>Placement lines are a few words; a longer bracketed line is an editor's or author's text.</summary>
    private const int MaxWords = 16;

    /// <summary>Blank space of more than this many line pitches sets the line off from its neighbours.</summary>
    private const double Apart = 1.4;

    public static bool Is(PdfLine line, PdfLine? above, PdfLine? below, double pitch, out string display)
    {
        display = string.Empty;
        var text = line.Text.Trim();
        if (text.Length < 4 || text[0] != '[' || text[^1] != ']' || text.AsSpan(1, text.Length - 2).IndexOfAny('[', ']') >= 0
            || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords || line.Glyphs.Any(g => g.Raised))
        {
            return false;
        }

        var standsApart = (above is null || above.Baseline - line.Baseline > Apart * pitch)
            && (below is null || line.Baseline - below.Baseline > Apart * pitch);
        if (!standsApart || line.Right > line.ColumnRight - (2 * line.Size))
        {
            return false;
        }

        foreach (Match match in Display().Matches(text))
        {
            if (DisplayLabels.IsLabel(match.Groups["word"].Value))
            {
                display = match.Groups["word"].Value + " " + match.Groups["number"].Value;
                return true;
            }
        }

        return false;
    }

    /// <summary>The label and number a caption opens with ("Figure 2:" gives "figure 2"), to match a placement's display; null when it has none.</summary>
    public static string? Key(string text)
    {
        var match = Display().Match(text.TrimStart());
        return match.Success && match.Index == 0 && DisplayLabels.IsLabel(match.Groups["word"].Value)
            ? match.Groups["word"].Value.ToLowerInvariant() + " " + match.Groups["number"].Value.ToLowerInvariant()
            : null;
    }

    [GeneratedRegex(@"(?<word>\p{L}{2,})\.?\s+(?<number>\d{1,3}[a-z]?)\b")]
    private static partial Regex Display();
}

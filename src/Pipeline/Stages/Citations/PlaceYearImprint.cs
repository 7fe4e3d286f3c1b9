using System.Text.RegularExpressions;

namespace Pipeline.Stages.Citations;

/// <summary>
/// An imprint of a place and a year with no comma between them, "(New York 1928—)", "(London 1955)":
/// older and continental styles, and extractors that drop a comma, write it so. Without the comma a
/// bracket of capitalised words and a year is also a periodical's date ("(Autumn 1998)", "(March
/// 1907)"), so the place may hold no month or season; and it is taken only where the rest of the
/// reference agrees (plain title words before it in one sentence, a citation start or a cue).
/// </summary>
internal static partial class PlaceYearImprint
{
    /// <summary>True when such an imprint opens at <paramref name="position"/> (its opening bracket).</summary>
    public static bool Follows(string text, int position, CitationPatterns patterns)
    {
        if (MatchRanges.At(Imprint(), text, position) is not { } match)
        {
            return false;
        }

        var words = text.AsSpan(match.Start, match.Length);
        return !(patterns.MonthsGate.MayOccurIn(words) && patterns.Months.IsMatch(words));
    }

    // One to three capitalised place words ("New York", "Frankfurt am Main" is not read: less, not wrong),
    // a year, perhaps a range or an open dash ("1928—", "1904-1937"), and the closing bracket.
    [GeneratedRegex(@"\G\(\s*\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,2}\s+(?:1[5-9]\d\d|20\d\d)(?:\s*[-–—]\s*(?:\d{2,4})?)?\s*\)")]
    private static partial Regex Imprint();
}

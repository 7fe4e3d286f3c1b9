using System.Text.RegularExpressions;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Regex matches as ranges, found without allocating: a <see cref="Match"/> and its groups cost a few
/// hundred bytes each, and the tail of every reference is tried against many patterns. The patterns
/// used this way put the part that matters at a simply found place in the match (after the leading
/// separators, or its closing digits), so no capture group is needed.
/// </summary>
internal static class MatchRanges
{
    /// <summary>The first match of <paramref name="pattern"/> from <paramref name="start"/> (where <c>\G</c> anchors).</summary>
    public static TextRange? At(Regex pattern, string text, int start)
    {
        foreach (var match in pattern.EnumerateMatches(text, start))
        {
            return new TextRange(match.Index, match.Index + match.Length);
        }

        return null;
    }

    /// <summary>The first match of <paramref name="pattern"/> in [start, end), which it sees as its whole input.</summary>
    public static TextRange? Within(Regex pattern, string text, int start, int end)
    {
        foreach (var match in pattern.EnumerateMatches(text.AsSpan(start, end - start)))
        {
            return new TextRange(start + match.Index, start + match.Index + match.Length);
        }

        return null;
    }

    /// <summary>The match from its first letter or digit on: what follows its leading separators and white space.</summary>
    public static TextRange FromFirstLetterOrDigit(string text, TextRange match)
    {
        var start = match.Start;
        while (start < match.End && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        return new TextRange(start, match.End);
    }

    /// <summary>The digits the match ends with.</summary>
    public static TextRange TrailingDigits(string text, TextRange match)
    {
        var start = match.End;
        while (start > match.Start && char.IsDigit(text[start - 1]))
        {
            start--;
        }

        return new TextRange(start, match.End);
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Comparison keys for titles and names: case, diacritics, quote styles, dashes and punctuation
/// folded away, so "Khrushchev’s … 1953–70" and "Khrushchev's … 1953-70" compare equal. Spelling is
/// never folded ("Stalinisation" stays distinct from "Stalinization").
/// </summary>
internal static partial class MatchKey
{
    public static string Of(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var output = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '’' or '\'' or 'ʼ')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                output.Append(DiacriticFolding.Fold(char.ToLowerInvariant(c)));
            }
            else if (c == '&')
            {
                output.Append(" and ");
            }
            else
            {
                output.Append(' ');
            }
        }

        return Spaces().Replace(output.ToString(), " ").Trim();
    }

    /// <summary>True when <paramref name="full"/> is <paramref name="part"/> or starts with it at a word boundary.</summary>
    public static bool StartsWithWords(string full, string part) =>
        part.Length > 0 && (full == part || full.StartsWith(part + " ", StringComparison.Ordinal));

    /// <summary>The four-digit year in a date, if any.</summary>
    public static string? Year(string? date) => date is null ? null : YearPattern().Match(date) is { Success: true } m ? m.Value : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b(?:1[5-9]\d\d|20\d\d)\b")]
    private static partial Regex YearPattern();
}

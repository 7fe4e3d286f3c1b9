using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Stages.Structure;

/// <summary>
/// Stable ids for bibliography entries: "bibl-" + first author's surname + year, lower-case ASCII
/// ("bibl-jones2006"), with "-2", "-3" … when two entries would share one.
/// </summary>
internal sealed partial class BibliographyIds
{
    private const int MaxWordsInSurname = 3;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <param name="text">The entry's visible text, links left out.</param>
    public string Next(string text)
    {
        var id = "bibl-" + Surname(text) + Year(text);
        if (id == "bibl-")
        {
            id = "bibl-entry";
        }

        var unique = id;
        for (var n = 2; !_used.Add(unique); n++)
        {
            unique = $"{id}-{n}";
        }

        return unique;
    }

    private static string Surname(string text)
    {
        var trimmed = text.TrimStart();
        var end = trimmed.IndexOfAny([',', '.']);
        var prefix = end < 0 ? trimmed : trimmed[..end];
        var words = Word().Matches(prefix).Select(match => match.Value).ToList();
        var startsWithTitle = trimmed.Length > 0 && "\"'“‘«".Contains(trimmed[0], StringComparison.Ordinal);
        var chosen = words.Count <= MaxWordsInSurname && !startsWithTitle ? string.Concat(words) : words.FirstOrDefault() ?? string.Empty;
        return Ascii(chosen);
    }

    private static string Year(string text)
    {
        var withoutAccess = Accessed().Replace(text, string.Empty);
        var bracketed = BracketedYear().Match(withoutAccess);
        if (bracketed.Success)
        {
            return bracketed.Groups["year"].Value;
        }

        var years = YearLike().Matches(withoutAccess);
        return years.Count > 0 ? years[^1].Value : string.Empty;
    }

    /// <summary>Lower-case ASCII letters and digits only: diacritics dropped, a few letters spelled out.</summary>
    private static string Ascii(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            builder.Append(lower switch
            {
                'ł' => "l",
                'ø' => "o",
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'đ' or 'ð' => "d",
                'þ' => "th",
                _ when lower is >= 'a' and <= 'z' or >= '0' and <= '9' => lower.ToString(),
                _ => string.Empty,
            });
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}'’\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"accessed:?[^.]*?\b\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Accessed();

    [GeneratedRegex(@"\((?<year>1[5-9]\d\d|20\d\d)[a-z]?\)")]
    private static partial Regex BracketedYear();

    [GeneratedRegex(@"\b(?:1[5-9]\d\d|20\d\d)\b")]
    private static partial Regex YearLike();
}

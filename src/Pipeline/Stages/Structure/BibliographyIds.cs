using System.Collections.Frozen;
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

    /// <summary>
    /// Base letters of accented Latin letters. Spelled out rather than taken from Unicode
    /// decomposition, which invariant-globalization builds do not provide.
    /// </summary>
    private static readonly FrozenDictionary<char, string> LatinFolding = BuildFolding();
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
        var trimmed = text.AsSpan().TrimStart();
        var end = trimmed.IndexOfAny(',', '.');
        var prefix = end < 0 ? trimmed : trimmed[..end];
        var words = Word().Count(prefix);
        var startsWithTitle = trimmed.Length > 0 && "\"'“‘«".Contains(trimmed[0], StringComparison.Ordinal);
        var allWords = words <= MaxWordsInSurname && !startsWithTitle;
        var surname = new StringBuilder(prefix.Length);
        foreach (var word in Word().EnumerateMatches(prefix))
        {
            AppendAscii(surname, prefix.Slice(word.Index, word.Length));
            if (!allWords)
            {
                break;
            }
        }

        return surname.ToString();
    }

    private static string Year(string text)
    {
        var withoutAccess = Accessed().Replace(text, string.Empty);
        var bracketed = BracketedYear().EnumerateMatches(withoutAccess);
        if (bracketed.MoveNext())
        {
            // The year is the four digits after the opening bracket.
            return withoutAccess.Substring(bracketed.Current.Index + 1, 4);
        }

        // The last year-like number wins.
        var (index, length) = (0, 0);
        foreach (var year in YearLike().EnumerateMatches(withoutAccess))
        {
            (index, length) = (year.Index, year.Length);
        }

        return withoutAccess.Substring(index, length);
    }

    /// <summary>Appends lower-case ASCII letters and digits only: Latin letters folded to their base letter, others dropped.</summary>
    private static void AppendAscii(StringBuilder builder, ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(lower);
            }
            else if (LatinFolding.TryGetValue(lower, out var folded))
            {
                builder.Append(folded);
            }
        }
    }

    private static FrozenDictionary<char, string> BuildFolding()
    {
        var groups = new (string Letters, string Base)[]
        {
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđð", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
            ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"),
        };
        return groups.SelectMany(group => group.Letters.Select(letter => (letter, group.Base)))
            .ToFrozenDictionary(pair => pair.letter, pair => pair.Base);
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

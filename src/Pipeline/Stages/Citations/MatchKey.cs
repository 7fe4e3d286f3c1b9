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

        var room = Room(value);
        var buffer = room <= 512 ? stackalloc char[room] : new char[room];
        return new string(buffer[..Write(value, buffer)]);
    }

    /// <summary>The most characters the key of <paramref name="value"/> can take.</summary>
    public static int Room(ReadOnlySpan<char> value) => value.Length + (4 * value.Count('&'));

    /// <summary>
    /// Writes the key of <paramref name="value"/> into <paramref name="buffer"/> (at least
    /// <see cref="Room"/> long) and returns its length: the same key as <see cref="Of"/>, without a
    /// string, for look-ups of many candidate spans.
    /// </summary>
    public static int Write(ReadOnlySpan<char> value, Span<char> buffer)
    {
        var writer = new MatchKeyWriter(buffer);
        writer.Append(value);
        return writer.Length;
    }

    /// <summary>True when <paramref name="full"/> is <paramref name="part"/> or starts with it at a word boundary.</summary>
    public static bool StartsWithWords(string full, string part) =>
        part.Length > 0
        && (full == part || (full.Length > part.Length && full[part.Length] == ' ' && full.StartsWith(part, StringComparison.Ordinal)));

    /// <summary>
    /// True when the keys differ only by a plural "s" at the end of the last word ("journal",
    /// "journals"), a word long enough for the "s" to be an ending.
    /// </summary>
    public static bool DiffersInNumberOnly(string a, string b)
    {
        if (a.Length == b.Length || a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        return longer.Length == shorter.Length + 1 && shorter.Length >= MinPluralStem && longer[^1] == 's'
            && char.IsLetter(shorter[^1]) && longer.StartsWith(shorter, StringComparison.Ordinal);
    }

    private const int MinPluralStem = 4;

    /// <summary>
    /// True when the words of <paramref name="part"/> stand together, whole, somewhere in
    /// <paramref name="full"/> as its head words ("memoirs" in "personal memoirs of a residence"),
    /// not as the complement of a preposition or article ("the continental congress" in "letters of
    /// members of the continental congress" is another work's name): a short title that keeps its
    /// article, or whose words follow "of", "the", "in" …, is not taken from inside a title.
    /// </summary>
    public static bool ContainsHeadWords(string full, string part)
    {
        if (part.Length == 0 || full.Length < part.Length || StartsWithFunctionWord(part))
        {
            return false;
        }

        for (var at = full.IndexOf(part, StringComparison.Ordinal); at >= 0; at = full.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            var end = at + part.Length;
            // "tide mills" in "the tide mills of kent": a short title drops the title's own article.
            var before = at == 0 ? ReadOnlySpan<char>.Empty : full.AsSpan(0, at - 1);
            var head = at == 0 || (full[at - 1] == ' ' && (before is "the" or "a" or "an" || !EndsWithFunctionWord(before)));
            if (head && (end == full.Length || full[end] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] FunctionWords = ["the", "a", "an", "of", "in", "on", "to", "for", "and", "at", "from", "with"];

    private static bool StartsWithFunctionWord(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && Array.IndexOf(FunctionWords, key[..space]) >= 0;
    }

    private static bool EndsWithFunctionWord(ReadOnlySpan<char> key)
    {
        var word = key[(key.LastIndexOf(' ') + 1)..];
        foreach (var function in FunctionWords)
        {
            if (word.Equals(function, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The four-digit year in a date, if any.</summary>
    public static string? Year(string? date)
    {
        if (date is not null)
        {
            foreach (var match in YearPattern().EnumerateMatches(date))
            {
                return date.Substring(match.Index, match.Length);
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b(?:1[5-9]\d\d|20\d\d)\b")]
    private static partial Regex YearPattern();
}

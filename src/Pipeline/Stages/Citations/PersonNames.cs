using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Pipeline.Model;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>Splits a run of names into persons and each person into forename and surname.</summary>
internal static partial class PersonNames
{
    // Looked up by span, so parsing a name cuts no strings out of it but the name's own parts.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "van", "von", "de", "der", "du", "la", "le", "di")
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Suffixes =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "Jr.", "Jr", "Sr.", "Sr").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BodyConnectors =
        FrozenSet.Create(StringComparer.Ordinal, "of", "the", "for", "and", "on", "in", "&").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Adds a field of <paramref name="kind"/> for each person in <paramref name="range"/> of
    /// <paramref name="text"/>. Names written surname first (<paramref name="inverted"/>) are
    /// separated by "and" only, since a comma sits inside each of them.
    /// </summary>
    public static void Split(string text, TextRange range, bool inverted, BibFieldKind kind, List<ParsedField> fields)
    {
        var segment = text.AsSpan(range.Start, range.Length);
        if (IsCorporate(segment))
        {
            fields.Add(new ParsedField(kind, range));
            return;
        }

        var separator = inverted ? InvertedSeparator() : Separator();
        var cursor = 0;
        foreach (var match in separator.EnumerateMatches(segment))
        {
            Add(fields, kind, range.Start, segment, cursor, match.Index);
            cursor = match.Index + match.Length;
        }

        Add(fields, kind, range.Start, segment, cursor, segment.Length);
    }

    public static PersonName Parse(ReadOnlySpan<char> name, bool inverted)
    {
        var trimmed = WithoutPlace(name.Trim().TrimEnd(','));
        if (IsCorporate(trimmed))
        {
            return new PersonName(null, trimmed.ToString()) { IsOrganisation = true };
        }

        if (inverted)
        {
            var comma = trimmed.IndexOf(',');
            if (comma > 0)
            {
                var forename = trimmed[(comma + 1)..].Trim().TrimEnd(',');
                return new PersonName(forename.Length == 0 ? null : forename.ToString(), trimmed[..comma].Trim().ToString());
            }
        }

        // Words are separated by spaces only, as written; at most one more word than spaces.
        var most = trimmed.Count(' ') + 1;
        var tokens = most <= 32 ? stackalloc Range[most] : new Range[most];
        var count = trimmed.Split(tokens, ' ', StringSplitOptions.RemoveEmptyEntries);
        while (count > 1 && Suffixes.Contains(trimmed[tokens[count - 1]].TrimEnd(',')))
        {
            count--;
        }

        var surnameStart = Math.Max(count - 1, 0);
        while (surnameStart > 0 && Particles.Contains(trimmed[tokens[surnameStart - 1]]))
        {
            surnameStart--;
        }

        var surname = Join(trimmed, tokens[surnameStart..count]);
        var forenames = Join(trimmed, tokens[..surnameStart]);
        return new PersonName(forenames.Length == 0 ? null : forenames, surname);
    }

    /// <summary>"Manchester Democrat (Manchester, IA)": the paper's or body's name without its place in brackets.</summary>
    private static ReadOnlySpan<char> WithoutPlace(ReadOnlySpan<char> name)
    {
        var open = name.LastIndexOf(" (");
        return open > 0 && name.EndsWith(")") ? name[..open].TrimEnd() : name;
    }

    /// <summary>
    /// A body rather than a person: lower-case words such as "of the" inside the name, or capitalised
    /// words one of which names a body ("Agricultural Extension Service").
    /// </summary>
    public static bool IsCorporate(ReadOnlySpan<char> name) => CorporateWord().IsMatch(name) || NamesBody(name, CitationPatterns.English);

    private static bool NamesBody(ReadOnlySpan<char> name, CitationPatterns patterns)
    {
        var words = 0;
        var body = false;
        foreach (var range in name.Split(' '))
        {
            var word = name[range].Trim(",.");
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            if (!char.IsUpper(word[0]) && !BodyConnectors.Contains(word))
            {
                return false;
            }

            body |= patterns.BodyWords.Contains(word);
        }

        return body && words >= 2;
    }

    private static string Join(ReadOnlySpan<char> text, ReadOnlySpan<Range> words)
    {
        if (words.Length <= 1)
        {
            return words.IsEmpty ? string.Empty : text[words[0]].ToString();
        }

        var length = words.Length - 1;
        foreach (var word in words)
        {
            length += word.GetOffsetAndLength(text.Length).Length;
        }

        var buffer = length <= 256 ? stackalloc char[length] : new char[length];
        var position = 0;
        foreach (var word in words)
        {
            if (position > 0)
            {
                buffer[position++] = ' ';
            }

            text[word].CopyTo(buffer[position..]);
            position += text[word].Length;
        }

        return new string(buffer);
    }

    private static void Add(List<ParsedField> fields, BibFieldKind kind, int offset, ReadOnlySpan<char> segment, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(segment[from]))
        {
            from++;
        }

        while (to > from && (char.IsWhiteSpace(segment[to - 1]) || segment[to - 1] == ','))
        {
            to--;
        }

        if (to > from)
        {
            fields.Add(new ParsedField(kind, new TextRange(offset + from, offset + to)));
        }
    }

    [GeneratedRegex(@",?\s+(?:and|&)\s+|,\s+(?=\p{Lu})")]
    private static partial Regex Separator();

    [GeneratedRegex(@",?\s+(?:and|&)\s+")]
    private static partial Regex InvertedSeparator();

    [GeneratedRegex(@"\s(?:of|the|for)\s")]
    private static partial Regex CorporateWord();
}

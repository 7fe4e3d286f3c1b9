using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>Splits a run of names into persons and each person into forename and surname.</summary>
internal static partial class PersonNames
{
    private static readonly ImmutableHashSet<string> Particles =
        ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "van", "von", "de", "der", "du", "la", "le", "di");

    private static readonly ImmutableHashSet<string> Suffixes =
        ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "Jr.", "Jr", "Sr.", "Sr");

    /// <summary>
    /// The ranges of the persons in <paramref name="range"/> of <paramref name="text"/>. Names written
    /// surname first (<paramref name="inverted"/>) are separated by "and" only, since a comma sits
    /// inside each of them.
    /// </summary>
    public static ImmutableArray<TextRange> Split(string text, TextRange range, bool inverted)
    {
        var segment = text[range.Start..range.End];
        if (IsCorporate(segment))
        {
            return [range];
        }

        var separator = inverted ? InvertedSeparator() : Separator();
        var output = ImmutableArray.CreateBuilder<TextRange>();
        var cursor = 0;
        foreach (Match match in separator.Matches(segment))
        {
            Add(output, range.Start, segment, cursor, match.Index);
            cursor = match.Index + match.Length;
        }

        Add(output, range.Start, segment, cursor, segment.Length);
        return output.ToImmutable();
    }

    public static PersonName Parse(string name, bool inverted)
    {
        var trimmed = name.Trim().TrimEnd(',');
        if (IsCorporate(trimmed))
        {
            return new PersonName(null, trimmed);
        }

        if (inverted)
        {
            var comma = trimmed.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0)
            {
                var forename = trimmed[(comma + 1)..].Trim().TrimEnd(',');
                return new PersonName(forename.Length == 0 ? null : forename, trimmed[..comma].Trim());
            }
        }

        var tokens = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (tokens.Count > 1 && Suffixes.Contains(tokens[^1].TrimEnd(',')))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        var surnameStart = tokens.Count - 1;
        while (surnameStart > 0 && Particles.Contains(tokens[surnameStart - 1]))
        {
            surnameStart--;
        }

        var surname = string.Join(' ', tokens.Skip(surnameStart));
        var forenames = string.Join(' ', tokens.Take(surnameStart));
        return new PersonName(forenames.Length == 0 ? null : forenames, surname);
    }

    /// <summary>A body rather than a person: lower-case words such as "of the" inside the name.</summary>
    public static bool IsCorporate(string name) => CorporateWord().IsMatch(name);

    private static void Add(ImmutableArray<TextRange>.Builder output, int offset, string segment, int from, int to)
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
            output.Add(new TextRange(offset + from, offset + to));
        }
    }

    [GeneratedRegex(@",?\s+(?:and|&)\s+|,\s+(?=\p{Lu})")]
    private static partial Regex Separator();

    [GeneratedRegex(@",?\s+(?:and|&)\s+")]
    private static partial Regex InvertedSeparator();

    [GeneratedRegex(@"\s(?:of|the|for)\s")]
    private static partial Regex CorporateWord();
}

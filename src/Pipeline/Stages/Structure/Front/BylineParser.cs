using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Model;

namespace Pipeline.Stages.Structure.Front;

/// <summary>
/// Reads one line of front matter as a by-line, in the forms essays print them: "Name",
/// "by Name", "Name and Name", "Name, Name and Name", "Name (Affiliation)" (one or more), a
/// body such as "Office of the Historian", and "Name Affiliation" run together where a scraper
/// lost the line break ("Jacob Swisher Department of History, University of Notre Dame").
/// Anything else is not a by-line: a miss is better than a title taken for a name.
/// </summary>
internal static partial class BylineParser
{
    private const int MaxNameWords = 5;
    private const int MaxOrganisationWords = 8;
    private const int MaxLineWords = 24;

    public static ImmutableArray<Author>? TryParse(string line, FrontVocabulary vocabulary)
    {
        var text = Spaces().Replace(line, " ").Trim().TrimEnd(',', ';', '*', '†');
        if (text.Length == 0 || text.Split(' ').Length > MaxLineWords)
        {
            return null;
        }

        var firstSpace = text.IndexOf(' ', StringComparison.Ordinal);
        if (firstSpace > 0 && vocabulary.ByWords.Contains(text[..firstSpace]))
        {
            text = text[(firstSpace + 1)..].TrimStart();
        }

        return WithAffiliations(text, vocabulary)
            ?? NamesOnly(text, vocabulary)
            ?? Organisation(text, vocabulary)
            ?? RunOn(text, vocabulary);
    }

    /// <summary>True when <paramref name="text"/> is a person's name: 2–5 capitalised words or initials, particles allowed inside.</summary>
    public static bool IsName(string text, FrontVocabulary vocabulary)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A possessive ("John Tanner's Narrative", "Editing Walt Whitman’s Correspondence") is a title's, never a by-line's.
        if (words.Length is < 2 or > MaxNameWords || vocabulary.NotNames.Contains(words[0]) || words.Any(word => Possessive().IsMatch(word)))
        {
            return false;
        }

        var last = words.Length - 1;
        while (last > 0 && vocabulary.NameSuffixes.Contains(words[last].TrimEnd(',')))
        {
            last--;
        }

        if (last < 1 || !Surname().IsMatch(words[last]))
        {
            return false;
        }

        for (var i = 0; i < last; i++)
        {
            var word = words[i];
            var particle = i > 0 && vocabulary.NameParticles.Contains(word);
            if (!particle && (vocabulary.NotNames.Contains(word) || !(GivenName().IsMatch(word) || Initials().IsMatch(word))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Name (Affiliation)", several joined by commas, semicolons or "and".</summary>
    private static ImmutableArray<Author>? WithAffiliations(string text, FrontVocabulary vocabulary)
    {
        var match = Parenthesised().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var names = match.Groups["name"].Captures;
        var affiliations = match.Groups["aff"].Captures;
        var authors = ImmutableArray.CreateBuilder<Author>(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            var name = StripAnd(names[i].Value.Trim(), vocabulary);
            if (!IsName(name, vocabulary))
            {
                return null;
            }

            authors.Add(new Author(name, affiliations[i].Value.Trim()));
        }

        return authors.ToImmutable();
    }

    private static ImmutableArray<Author>? NamesOnly(string text, FrontVocabulary vocabulary)
    {
        var parts = Separator().Split(text).Select(part => StripAnd(part.Trim(), vocabulary)).Where(part => part.Length > 0).ToList();
        if (parts.Count == 0 || !parts.TrueForAll(part => IsName(part, vocabulary)))
        {
            return null;
        }

        return [.. parts.Select(part => new Author(part, null))];
    }

    /// <summary>A body as author: capitalised words with connectors between, one of them naming an organisation.</summary>
    private static ImmutableArray<Author>? Organisation(string text, FrontVocabulary vocabulary)
    {
        var words = text.Split(' ');
        if (words.Length > MaxOrganisationWords || text.Contains(',', StringComparison.Ordinal) || !IsOrganisationName(words, vocabulary))
        {
            return null;
        }

        return [new Author(text, null) { IsOrganisation = true }];
    }

    /// <summary>"Name Affiliation" on one line: a name, then words that open with an organisation word.</summary>
    private static ImmutableArray<Author>? RunOn(string text, FrontVocabulary vocabulary)
    {
        var words = text.Split(' ');
        for (var cut = 2; cut <= Math.Min(MaxNameWords, words.Length - 1); cut++)
        {
            if (!vocabulary.Organisations.Contains(words[cut].TrimEnd(',')))
            {
                continue;
            }

            var name = string.Join(' ', words[..cut]);
            var affiliation = string.Join(' ', words[cut..]);
            return IsName(name, vocabulary) && AffiliationLine.Is(affiliation, vocabulary)
                ? [new Author(name, affiliation)]
                : null;
        }

        return null;
    }

    internal static bool IsOrganisationName(string[] words, FrontVocabulary vocabulary)
    {
        if (words.Length < 2 || !char.IsUpper(words[0][0]) || vocabulary.OrganisationConnectors.Contains(words[^1]))
        {
            return false;
        }

        var named = false;
        foreach (var word in words)
        {
            if (vocabulary.OrganisationConnectors.Contains(word))
            {
                continue;
            }

            if (!char.IsUpper(word[0]) || word.EndsWith('.') && !vocabulary.Organisations.Contains(word))
            {
                return false;
            }

            named |= vocabulary.Organisations.Contains(word.TrimEnd(','));
        }

        return named;
    }

    private static string StripAnd(string part, FrontVocabulary vocabulary)
    {
        var space = part.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && vocabulary.AndWords.Contains(part[..space]) ? part[(space + 1)..].Trim() : part;
    }

    [GeneratedRegex(@"^\s*(?:(?<name>[^(),;]+?)\s*\((?<aff>[^()]+)\)\s*(?:,|;|&|\band\b)?\s*)+$")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\s*(?:,\s*(?:and|&)\s+|,|;|\s&\s|\s+and\s+|\s+with\s+)\s*")]
    private static partial Regex Separator();

    // A given name: a capitalised word (hyphens and apostrophes inside), or a capitalised word in capitals.
    [GeneratedRegex(@"^\p{Lu}[\p{Ll}\p{Lu}\p{M}'’]*(?:-\p{Lu}?[\p{Ll}\p{Lu}\p{M}'’]+)*$")]
    private static partial Regex GivenName();

    // "J.", "J.R.", "J.-P."
    [GeneratedRegex(@"^(?:\p{Lu}\.(?:-?\p{Lu}\.)*)$")]
    private static partial Regex Initials();

    // A surname: at least two letters, capitalised, no full stop (so "J." cannot end a name); "McGann", "O'Brien", "Doering-Manteuffel".
    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}'’]*\p{L}(?:-\p{Lu}[\p{L}\p{M}'’]+)*$")]
    private static partial Regex Surname();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\p{L}['’]s$")]
    private static partial Regex Possessive();
}

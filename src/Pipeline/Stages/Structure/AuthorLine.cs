using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Model;

namespace Pipeline.Stages.Structure;

/// <summary>Reads a by-line of the form "Name (Affiliation)", possibly several joined by commas, semicolons or "and".</summary>
internal static partial class AuthorLine
{
    public static ImmutableArray<Author>? TryParse(string text)
    {
        var match = Shape().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var names = match.Groups["name"].Captures;
        var affiliations = match.Groups["aff"].Captures;
        var authors = ImmutableArray.CreateBuilder<Author>(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            var name = Spaces().Replace(names[i].Value, " ").Trim();
            var words = name.Split(' ');
            if (words.Length is < 2 or > 6 || !char.IsUpper(name[0]))
            {
                return null;
            }

            authors.Add(new Author(name, Spaces().Replace(affiliations[i].Value, " ").Trim()));
        }

        return authors.ToImmutable();
    }

    [GeneratedRegex(@"^\s*(?:(?<name>[\p{L}.'’\- ]+?)\s*\((?<aff>[^()]+)\)\s*(?:,|;|&|\band\b)?\s*)+$")]
    private static partial Regex Shape();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

using System.Text.RegularExpressions;

namespace Pipeline.Links.Collect;

/// <summary>Finds http(s) URLs written out in running text.</summary>
internal static partial class TextUrls
{
    public static IEnumerable<string> Find(string text)
    {
        foreach (Match match in UrlPattern().Matches(text))
        {
            yield return match.Value;
        }
    }

    [GeneratedRegex(@"https?://[^\s<>""{}|\\^`]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}

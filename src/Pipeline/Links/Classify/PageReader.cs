using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Pipeline.Links.Classify;

/// <summary>Reads a page with AngleSharp for the signs of a soft 404.</summary>
internal static partial class PageReader
{
    public static PageSignals Read(string html, Uri requested, Uri final)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var title = Collapse(document.Title ?? string.Empty);
        var heading = Collapse(document.QuerySelector("h1")?.TextContent ?? string.Empty);
        var says = NotFoundWords().IsMatch(title) || NotFoundWords().IsMatch(heading);

        var canonicalAtRoot = false;
        var canonical = document.QuerySelector("link[rel~='canonical']")?.GetAttribute("href");
        if (!string.IsNullOrWhiteSpace(canonical) && Uri.TryCreate(final, canonical.Trim(), out var canonicalUri))
        {
            canonicalAtRoot = IsRoot(canonicalUri) && !IsRoot(requested);
        }

        var redirectedHome = IsRoot(final) && !IsRoot(requested) && SameSite(final, requested);
        return new PageSignals(title.Length > 0 ? title : heading, says, canonicalAtRoot, redirectedHome);
    }

    /// <summary>Title text compared between a page and its random sibling.</summary>
    public static string TitleOf(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(html);
        var title = Collapse(document.Title ?? string.Empty);
        return title.Length > 0 ? title : Collapse(document.QuerySelector("h1")?.TextContent ?? string.Empty);
    }

    public static bool IsRoot(Uri uri) => uri.AbsolutePath is "/" or "" && uri.Query.Length == 0;

    private static bool SameSite(Uri a, Uri b) =>
        string.Equals(StripWww(a.Host), StripWww(b.Host), StringComparison.OrdinalIgnoreCase);

    private static string StripWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;

    private static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@"\b(404|not\s+found|page\s+(?:is\s+)?missing|no\s+longer\s+(?:available|exists)|does\s+not\s+exist|doesn'?t\s+exist|can(?:no|')t\s+be\s+found|could\s+not\s+be\s+found|nothing\s+(?:was\s+)?found|page\s+unavailable)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotFoundWords();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}

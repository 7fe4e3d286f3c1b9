using System.Text.RegularExpressions;

namespace Pipeline.Reading;

/// <summary>A raw inline HTML tag the scrape carried (<c>&lt;sup&gt;</c>, <c>&lt;/sup&gt;</c> …), before pairing.</summary>
internal sealed partial record HtmlTag(string Name, bool IsClosing, bool IsSelfClosing, string Raw, int Line)
{
    public static HtmlTag From(string raw, int line)
    {
        var match = TagShape().Match(raw);
        if (!match.Success)
        {
            return new HtmlTag(string.Empty, false, false, raw, line);
        }

        return new HtmlTag(
            match.Groups["name"].Value.ToLowerInvariant(),
            match.Groups["close"].Success,
            match.Groups["self"].Success,
            raw,
            line);
    }

    [GeneratedRegex(@"^<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)\b[^>]*?(?<self>/)?>$")]
    private static partial Regex TagShape();
}

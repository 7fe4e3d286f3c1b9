using System.Text.RegularExpressions;

namespace Pipeline.Reading;

/// <summary>A raw inline HTML tag the scrape carried (<c>&lt;sup&gt;</c>, <c>&lt;/sup&gt;</c> …), before pairing.</summary>
internal sealed partial record HtmlTag(string Name, bool IsClosing, bool IsSelfClosing, string Raw, int Line)
{
    private static readonly string[] KnownNames = ["sup", "i", "em", "b", "strong", "br", "sub", "span", "a", "u"];

    public static HtmlTag From(string raw, int line)
    {
        if (TryPlainShape(raw, line) is { } plain)
        {
            return plain;
        }

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

    /// <summary>
    /// The common shape read without the regex: "&lt;" or "&lt;/", an ASCII name ending in a letter or
    /// digit and followed by a space, tab, "/" or "&gt;", and one "&gt;" at the very end. Anything
    /// else (null) is left to <see cref="TagShape"/>, which this agrees with on every tag it reads.
    /// </summary>
    private static HtmlTag? TryPlainShape(string raw, int line)
    {
        if (raw.Length < 3 || raw[0] != '<' || raw[^1] != '>' || raw.AsSpan(1, raw.Length - 2).Contains('>'))
        {
            return null;
        }

        var isClosing = raw[1] == '/';
        var start = isClosing ? 2 : 1;
        var end = start;
        while (end < raw.Length && (char.IsAsciiLetterOrDigit(raw[end]) || raw[end] == '-'))
        {
            end++;
        }

        if (end == start || !char.IsAsciiLetter(raw[start]) || !char.IsAsciiLetterOrDigit(raw[end - 1])
            || raw[end] is not (' ' or '\t' or '/' or '>'))
        {
            return null;
        }

        var isSelfClosing = raw.Length - 2 >= end && raw[^2] == '/';
        return new HtmlTag(NameOf(raw.AsSpan(start, end - start)), isClosing, isSelfClosing, raw, line);
    }

    /// <summary>The lower-case name; the names the scrapes use come back as literals rather than new strings.</summary>
    private static string NameOf(ReadOnlySpan<char> name)
    {
        foreach (var known in KnownNames)
        {
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return name.ToString().ToLowerInvariant();
    }

    [GeneratedRegex(@"^<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)\b[^>]*?(?<self>/)?>$")]
    private static partial Regex TagShape();
}

using System.Text.RegularExpressions;

namespace Pipeline.Reading;

/// <summary>Recognises a footnote paragraph: one that opens with <c>&lt;sup&gt;N&lt;/sup&gt;</c>.</summary>
internal static partial class FootnoteStart
{
    /// <summary>True when <paramref name="firstLine"/> opens with a note number; builds nothing.</summary>
    public static bool IsMatch(string firstLine) => Marker().IsMatch(firstLine);

    /// <summary>When <paramref name="firstLine"/> opens with a note number, returns it and the rest of the line.</summary>
    public static bool TryMatch(string firstLine, out string label, out string rest)
    {
        var match = Marker().Match(firstLine);
        if (!match.Success)
        {
            label = string.Empty;
            rest = firstLine;
            return false;
        }

        label = match.Groups["label"].Value;
        rest = firstLine[match.Length..];
        return true;
    }

    [GeneratedRegex(@"^\s*<sup>\s*(?<label>\d+)\s*</sup>[ \t]*", RegexOptions.IgnoreCase)]
    private static partial Regex Marker();
}

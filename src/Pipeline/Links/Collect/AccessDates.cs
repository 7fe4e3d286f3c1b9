using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Links.Collect;

/// <summary>Reads the access date a citation gives ("Accessed: February 11, 2020", "accessed 11 Feb. 2020", "Accessed 2020-02-11").</summary>
internal static partial class AccessDates
{
    private static readonly string[] Formats =
    [
        "MMMM d, yyyy", "MMMM d yyyy", "d MMMM yyyy", "d MMMM, yyyy",
        "MMM d, yyyy", "MMM d yyyy", "d MMM yyyy", "yyyy-MM-dd", "yyyy-M-d", "MMMM yyyy",
    ];

    public static DateOnly? Find(string text)
    {
        var match = AccessedPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var written = match.Groups["date"].Value.Replace(".", string.Empty, StringComparison.Ordinal).Trim();
        written = WhiteSpace().Replace(written, " ");
        return DateOnly.TryParseExact(written, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date
            : null;
    }

    [GeneratedRegex(@"\baccessed\b\s*(?:on\s+)?:?\s*(?<date>(?:\d{4}-\d{1,2}-\d{1,2})|(?:[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4})|(?:\d{1,2}\s+[A-Za-z]+\.?,?\s+\d{4})|(?:[A-Za-z]+\s+\d{4}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AccessedPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}

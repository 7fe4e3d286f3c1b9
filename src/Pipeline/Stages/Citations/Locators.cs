using System.Text.RegularExpressions;
using Pipeline.Model;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Reads the locator that ends a citation ("25", "pp. 4-5", "III, 392", "vol. 2, 45–46", "ch. 3, § 38",
/// "XXIX:373", "n. 14", "[p. 10]"). Plain pages are labelled as pages, a volume before them as the
/// volume; any other locator stays inside the reference unlabelled, rather than labelled wrongly.
/// </summary>
internal static partial class Locators
{
    /// <summary>Where the reference ends after the locator at <paramref name="position"/> (itself when there is none).</summary>
    public static int Read(string text, int position, CitationPatterns patterns, List<ParsedField> fields)
    {
        if (patterns.LocatorAt(text, position) is not { } match)
        {
            return position;
        }

        var locator = MatchRanges.FromFirstLetterOrDigit(text, match);
        if (locator.Start < match.End && text[locator.Start - 1] == '[')
        {
            return match.End;
        }

        var span = text.AsSpan(locator.Start, locator.Length);
        if (PagesOnly().IsMatch(span))
        {
            fields.Add(new ParsedField(BibFieldKind.Pages, locator));
        }
        else if (MatchRanges.Within(VolumeThenPages(), text, locator.Start, locator.End) is { } whole && whole.Length == locator.Length)
        {
            var comma = text.IndexOf(',', locator.Start, locator.Length);
            var colon = text.IndexOf(':', locator.Start, locator.Length);
            var cut = comma < 0 ? colon : colon < 0 ? comma : Math.Min(comma, colon);
            fields.Add(new ParsedField(BibFieldKind.Volume, VolumeNumber(text, new TextRange(locator.Start, cut))));
            fields.Add(new ParsedField(BibFieldKind.Pages, MatchRanges.FromFirstLetterOrDigit(text, new TextRange(cut + 1, locator.End))));
        }

        return match.End;
    }

    /// <summary>The number of "vol. II": the volume field holds the number, as a journal's does.</summary>
    private static TextRange VolumeNumber(string text, TextRange range)
    {
        var start = range.Start;
        var space = text.LastIndexOf(' ', range.End - 1, range.Length);
        return space >= start ? new TextRange(space + 1, range.End) : range;
    }

    [GeneratedRegex(@"^(?:pp?\.\s*)?\d+[a-z]?(?:\s*[-–—]\s*\d+[a-z]?)?$")]
    private static partial Regex PagesOnly();

    [GeneratedRegex(@"^(?:vol\.\s*(?:[IVXLCDM]+|\d+)|[IVXLCDM]+)\s*[,:]\s*(?:pp?\.\s*)?\d+(?:\s*[-–—]\s*\d+)?$")]
    private static partial Regex VolumeThenPages();
}

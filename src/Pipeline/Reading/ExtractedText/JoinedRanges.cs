using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Language;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// Number ranges whose hyphen pdftotext dropped: it closes up a word hyphenated at a line end, and
/// does the same to a range cut after its hyphen (<c>1857-</c> / <c>1867</c> becomes
/// <c>18571867</c>, <c>pp. 177-</c> / <c>181</c> becomes <c>pp. 177181</c>). A run of digits is read
/// as a range only where nothing else can be meant:
/// <list type="bullet">
/// <item>eight digits whose halves are both years (1000–2099), the second after the first: no year
/// or page is eight digits long, and an amount that long would carry separators;</item>
/// <item>right after a locator that names more than one (<c>pp.</c>, <c>vols.</c>, <c>nos.</c>),
/// six or eight digits whose halves, three or four digits each, ascend: a plural locator wants a
/// range or a list, and no book has a page numbered 100000. Four digits (<c>pp. 1718</c>) may be
/// a real page 1718 and a run of odd length has no one place to cut; both are left alone.</item>
/// </list>
/// The hyphen put back is a hyphen, the character pdftotext removed.
/// </summary>
internal static partial class JoinedRanges
{
    /// <summary>
    /// The vocabulary's locators for several items: the plural abbreviations (<c>vols.</c>, <c>nos.</c>)
    /// and those that double their letter for the plural (<c>pp.</c>, <c>nn.</c>, <c>§§</c>).
    /// </summary>
    private static readonly FrozenSet<string> PluralLocators = EnglishCitations.Vocabulary.Locators
        .Where(w => w.EndsWith("s.", StringComparison.Ordinal) || (w.Length >= 2 && w[0] == w[1]))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The text with each joined range's hyphen put back; <paramref name="restored"/> counts them.</summary>
    public static string Restore(string text, out int restored)
    {
        var count = 0;
        var result = Digits().Replace(text, match =>
        {
            var digits = match.Value;
            var half = digits.Length / 2;
            var first = int.Parse(digits[..half], NumberStyles.None, CultureInfo.InvariantCulture);
            var second = int.Parse(digits[half..], NumberStyles.None, CultureInfo.InvariantCulture);
            if (first >= second || digits[half] == '0')
            {
                return digits;
            }

            var years = digits.Length == 8 && IsYear(first) && IsYear(second);
            if (!years && !AfterPluralLocator(text, match.Index))
            {
                return digits;
            }

            count++;
            return string.Concat(digits.AsSpan(0, half), "-", digits.AsSpan(half));
        });
        restored = count;
        return result;
    }

    private static bool IsYear(int number) => number is >= 1000 and <= 2099;

    private static bool AfterPluralLocator(string text, int at)
    {
        if (at < 2 || text[at - 1] != ' ')
        {
            return false;
        }

        var start = text.LastIndexOf(' ', at - 2) + 1;
        var word = text[start..(at - 1)].TrimStart('(', '[');
        return PluralLocators.Contains(word);
    }

    /// <summary>Six or eight digits standing alone: not part of a longer number, a decimal or a range already.</summary>
    [GeneratedRegex(@"(?<![\d.,\-–/])(?:\d{8}|\d{6})(?![\d\-–/]|[.,]\d)")]
    private static partial Regex Digits();
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Reading;

/// <summary>
/// Reads the printed page numbers from the furniture lines a reader or stage dropped (page, line
/// text). A number counts only when it follows the page sequence: most pages that show numbers
/// agree on one difference between printed number and page index, so a year in a running head, a
/// volume or a note number at a page foot never becomes a page's label. Roman numerals (front
/// matter) follow their own sequence. A page whose furniture shows no fitting number gets no label.
/// </summary>
internal static partial class PrintedPageNumbers
{
    public static ImmutableSortedDictionary<int, string> From(IEnumerable<(int Page, string Line)> furniture)
    {
        var arabic = new List<(int Page, int Value, string Label)>();
        var roman = new List<(int Page, int Value, string Label)>();
        foreach (var (page, line) in furniture)
        {
            foreach (var (value, label, isRoman) in Candidates(line.Trim()))
            {
                (isRoman ? roman : arabic).Add((page, value, label));
            }
        }

        var labels = ImmutableSortedDictionary.CreateBuilder<int, string>();
        foreach (var candidates in new[] { arabic, roman })
        {
            if (SequenceOffset(candidates) is not { } offset)
            {
                continue;
            }

            foreach (var (page, value, label) in candidates)
            {
                if (value - page == offset && !labels.ContainsKey(page))
                {
                    labels[page] = label;
                }
            }
        }

        return labels.ToImmutable();
    }

    /// <summary>
    /// The difference most pages agree on; null unless at least two pages and more than half of the
    /// pages with candidates agree.
    /// </summary>
    private static int? SequenceOffset(List<(int Page, int Value, string Label)> candidates)
    {
        var pages = candidates.Select(c => c.Page).Distinct().Count();
        var votes = candidates.Select(c => (c.Page, Offset: c.Value - c.Page)).Distinct().GroupBy(c => c.Offset)
            .Select(g => (Offset: g.Key, Count: g.Count()))
            .OrderByDescending(v => v.Count).ThenBy(v => Math.Abs(v.Offset)).ThenBy(v => v.Offset)
            .ToList();
        return votes.Count > 0 && votes[0].Count >= 2 && votes[0].Count * 2 > pages ? votes[0].Offset : null;
    }

    /// <summary>A line that is only a page number gives that number; another gives the numbers at its two ends.</summary>
    private static IEnumerable<(int Value, string Label, bool Roman)> Candidates(string line)
    {
        var lone = LoneNumber().Match(line);
        if (lone.Success)
        {
            var number = lone.Groups["number"].Value;
            if (char.IsAsciiDigit(number[0]))
            {
                yield return (int.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture), number, false);
            }
            else if (RomanValue(number) is { } value)
            {
                yield return (value, number, true);
            }

            yield break;
        }

        var lead = LeadingNumber().Match(line);
        if (lead.Success)
        {
            yield return (int.Parse(lead.Value, NumberStyles.None, CultureInfo.InvariantCulture), lead.Value, false);
        }

        // A browser's footer ends in "page/pages" ("https://… 2/9").
        var ofPages = TrailingPageOfPages().Match(line);
        if (ofPages.Success && ofPages.Index > 0)
        {
            var number = ofPages.Groups["number"].Value;
            yield return (int.Parse(number, NumberStyles.None, CultureInfo.InvariantCulture), number, false);
        }

        var trail = TrailingNumber().Match(line);
        if (trail.Success && trail.Index > 0)
        {
            yield return (int.Parse(trail.Value, NumberStyles.None, CultureInfo.InvariantCulture), trail.Value, false);
        }
    }

    /// <summary>The value of a well-formed roman numeral, or null.</summary>
    internal static int? RomanValue(string numeral)
    {
        if (!Roman().IsMatch(numeral))
        {
            return null;
        }

        var total = 0;
        var previous = 0;
        foreach (var c in numeral.ToUpperInvariant().Reverse())
        {
            var value = c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, _ => 1000 };
            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }

        return total;
    }

    [GeneratedRegex(@"^(?:(?:page|p\.)\s*)?[-–—]?\s*(?<number>\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:/|of)\s*\d{1,4})?\s*[-–—]?$", RegexOptions.IgnoreCase)]
    private static partial Regex LoneNumber();

    [GeneratedRegex(@"^\d{1,4}(?![\d.,:/-]?\d)")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"(?<![\d.,:/-])\d{1,4}$")]
    private static partial Regex TrailingNumber();

    [GeneratedRegex(@"(?<![\d.,:/-])(?<number>\d{1,4})\s*(?:/|of)\s*\d{1,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingPageOfPages();

    [GeneratedRegex(@"^(?=.)(?:m{0,3})(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex Roman();
}

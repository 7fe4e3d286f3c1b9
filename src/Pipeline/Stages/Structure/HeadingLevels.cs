using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Model;

namespace Pipeline.Stages.Structure;

/// <summary>
/// Sets the level of the essay's headings from their numbering when the headings are numbered:
/// "Part I" above "Chapter 2" above "II." above "A." above "2." above "2.1" above "2.1.1". The
/// kinds the document uses are ranked in that order and take consecutive levels from the top
/// heading level the reader gave; a heading without a number keeps the level the reader gave it.
/// Fewer than two numbered headings are no evidence: the reader's levels (markdown depth, font
/// size) then stand as they are.
/// </summary>
internal static partial class HeadingLevels
{
    private const int DottedRank = 4;

    public static ImmutableArray<Block> FromNumbering(ImmutableArray<Block> blocks)
    {
        var headings = blocks.OfType<Heading>().ToList();
        if (headings.Count == 0)
        {
            return blocks;
        }

        var texts = headings.Select(h => PlainText.Of(h.Content).Trim()).ToList();
        // "V." or "X." alone is a letter unless the document numbers in roman ("II.", "IV.").
        var romanInUse = texts.Any(t => RomanNumber().Match(t) is { Success: true } m && m.Groups["n"].Length > 1);
        var ranks = new Dictionary<Heading, int?>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < headings.Count; i++)
        {
            ranks[headings[i]] = RankOf(texts[i], romanInUse);
        }

        var numbered = ranks.Values.Where(r => r is not null).Select(r => r!.Value).ToList();
        if (numbered.Count < 2)
        {
            return blocks;
        }

        var order = numbered.Distinct().Order().ToList();
        var top = headings.Min(h => h.Level);
        var result = ImmutableArray.CreateBuilder<Block>(blocks.Length);
        foreach (var block in blocks)
        {
            if (block is not Heading heading)
            {
                result.Add(block);
                continue;
            }

            var level = ranks[heading] is { } rank ? top + order.IndexOf(rank) : heading.Level;
            result.Add(level == heading.Level ? heading : heading with { Level = level });
        }

        return result.MoveToImmutable();
    }

    /// <summary>The rank of a heading's numbering (lower is higher in the hierarchy), or null when it carries none.</summary>
    internal static int? RankOf(string text, bool romanInUse)
    {
        if (Part().IsMatch(text))
        {
            return 0;
        }

        if (Chapter().IsMatch(text))
        {
            return 1;
        }

        var roman = RomanNumber().Match(text);
        if (roman.Success && Reading.PrintedPageNumbers.RomanValue(roman.Groups["n"].Value) is not null
            && (roman.Groups["n"].Length > 1 || romanInUse))
        {
            return 2;
        }

        if (Letter().IsMatch(text))
        {
            return 3;
        }

        var dotted = Dotted().Match(text);
        return dotted.Success ? DottedRank + dotted.Groups["n"].Value.Count(c => c == '.') : null;
    }

    [GeneratedRegex(@"^(?:part|book)\s+(?:[IVXLC]{1,6}|\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Part();

    [GeneratedRegex(@"^(?:chapter|chap\.)\s+(?:[IVXLC]{1,6}|\d{1,3})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Chapter();

    [GeneratedRegex(@"^(?<n>[IVXLC]{1,6})[.)]\s+\S")]
    private static partial Regex RomanNumber();

    [GeneratedRegex(@"^[A-Z][.)]\s+\S")]
    private static partial Regex Letter();

    /// <summary>"2." or "2" before words, "2.1", "2.1.1" (a trailing dot allowed); years and long numbers are not section numbers.</summary>
    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+\p{L}")]
    private static partial Regex Dotted();
}

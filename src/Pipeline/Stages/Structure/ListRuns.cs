using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Model;

namespace Pipeline.Stages.Structure;

/// <summary>
/// Turns runs of paragraphs that the scrape did not mark as a list, but that are one, into list
/// items: at least two consecutive paragraphs numbered in sequence from the start ("1." "2.",
/// "(a)" "(b)", "i)" "ii)") or opening with the same bullet ("•", "–"). One numbered paragraph, a
/// sequence that does not start at one, or a mix of bullets is no evidence and stays prose. The
/// marker stays in the item's text, so no word is lost. Notes and the bibliography are never
/// looked at: their numbered lines are notes and entries, not lists.
/// </summary>
internal static partial class ListRuns
{
    public static ImmutableArray<Block> Recognise(ImmutableArray<Block> blocks)
    {
        var markers = blocks.Select(MarkerOf).ToArray();
        var result = ImmutableArray.CreateBuilder<Block>(blocks.Length);
        var changed = false;
        var i = 0;
        while (i < blocks.Length)
        {
            var length = RunLength(markers, i);
            if (length >= 2)
            {
                for (var k = i; k < i + length; k++)
                {
                    var paragraph = (Paragraph)blocks[k];
                    result.Add(new ListItem(paragraph.Content, paragraph.Span));
                }

                i += length;
                changed = true;
                continue;
            }

            if (blocks[i] is Division { Kind: DivisionKind.Section or DivisionKind.Appendix, Content.IsDefaultOrEmpty: false } division)
            {
                var content = Recognise(division.Content);
                changed |= content != division.Content;
                result.Add(content == division.Content ? division : division with { Content = content });
            }
            else
            {
                result.Add(blocks[i]);
            }

            i++;
        }

        return changed ? result.ToImmutable() : blocks;
    }

    /// <summary>How many paragraphs from <paramref name="start"/> form one list; 0 when none starts there.</summary>
    private static int RunLength(Marker?[] markers, int start)
    {
        if (markers[start] is not { } first || (first.Ordinal is { } n && n != 1))
        {
            return 0;
        }

        var length = 1;
        while (start + length < markers.Length && markers[start + length] is { } next && Continues(first, next, length))
        {
            length++;
        }

        return length;
    }

    private static bool Continues(Marker first, Marker next, int position) =>
        next.Shape == first.Shape && (first.Ordinal is null || next.Ordinal == position + 1);

    private static Marker? MarkerOf(Block block)
    {
        if (block is not Paragraph paragraph || paragraph.Content.IsDefaultOrEmpty || paragraph.Content[0] is not Text lead)
        {
            return null;
        }

        // The marker must lie wholly in the paragraph's first run of plain text, followed by words.
        var match = ItemStart().Match(lead.Value);
        if (!match.Success || PlainText.Of(paragraph.Content).Length <= match.Length)
        {
            return null;
        }

        if (match.Groups["bullet"].Success)
        {
            return new Marker(match.Groups["bullet"].Value, null);
        }

        // The shape ("1.", "(a)", "i)") keeps "1." and "(1)", or "a." and "i.", from continuing each other.
        var shape = match.Groups["open"].Value + "{0}" + match.Groups["close"].Value;
        var value = match.Groups["value"].Value;
        if (char.IsDigit(value[0]))
        {
            return new Marker(string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, "1"), int.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        }

        if (value.Length > 1 || value[0] is 'i' or 'v' or 'x')
        {
            return Reading.PrintedPageNumbers.RomanValue(value) is { } roman
                ? new Marker(string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, "i"), roman)
                : null;
        }

        return new Marker(string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, "a"), value[0] - 'a' + 1);
    }

    /// <summary>A paragraph's opening marker: its shape (or the bullet itself) and, when numbered, its ordinal.</summary>
    private readonly record struct Marker(string Shape, int? Ordinal);

    // "1." "12)" "(3)" "a." "(b)" "iv)"; lower-case letters only, so that initials ("A. Smith") are not items.
    [GeneratedRegex(@"^\s*(?:(?<bullet>[•▪◦‣–—])|(?<open>\()(?<value>\d{1,3}|[ivx]{1,5}|[a-z])(?<close>\))|(?<value>\d{1,3}|[ivx]{1,5}|[a-z])(?<close>[.)]))\s+\S")]
    private static partial Regex ItemStart();
}

using System.Text.RegularExpressions;
using Pipeline.Model;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Reads the imprint of a reference — "New York: Routledge, 2006", "London, 1975",
/// "W. W. Norton &amp; Company Ltd., 2003", "Ottawa: 1956" — into place, publisher and date.
/// </summary>
internal static partial class PublicationParser
{
    /// <summary>Labels the imprint in [start, end) of <paramref name="text"/>; false when it has no date.</summary>
    public static bool Parse(string text, int start, int end, List<ParsedField> fields)
    {
        // Offsets below are relative to the segment; the regex sees only the segment, as if cut out.
        var segment = text.AsSpan(start, end - start);
        if (MatchRanges.Within(DateAtEnd(), text, start, end) is not { } date)
        {
            return false;
        }

        fields.Add(new ParsedField(BibFieldKind.Date, WithoutClosing(text, date)));

        var restEnd = date.Start - start;
        while (restEnd > 0 && (char.IsWhiteSpace(segment[restEnd - 1]) || segment[restEnd - 1] is ',' or ':' or '('))
        {
            restEnd--;
        }

        var restStart = 0;
        while (restStart < restEnd && (char.IsWhiteSpace(segment[restStart]) || segment[restStart] == '('))
        {
            restStart++;
        }

        if (restEnd <= restStart)
        {
            return true;
        }

        var colon = segment[restStart..restEnd].IndexOf(':');
        if (colon > 0)
        {
            colon += restStart;
            AddTrimmed(fields, BibFieldKind.PubPlace, segment, start, restStart, colon);
            AddTrimmed(fields, BibFieldKind.Publisher, segment, start, colon + 1, restEnd);
        }
        else
        {
            var kind = PublisherWord().IsMatch(segment[restStart..restEnd]) ? BibFieldKind.Publisher : BibFieldKind.PubPlace;
            AddTrimmed(fields, kind, segment, start, restStart, restEnd);
        }

        return true;
    }

    /// <summary>A date as notes write it, ending the segment: "1956", "March, 2000", "February 25, 1956".</summary>
    [GeneratedRegex(@"(?<date>(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?,?\s+)?(?:(?:1[5-9]\d\d|20\d\d)\s*[-–—]\s*)?(?:1[5-9]\d\d|20\d\d)(?:\s*[-–—])?)\)?\s*$")]
    private static partial Regex DateAtEnd();

    /// <summary>True when the words name a publisher by one of the words publishers' names hold ("Press", "Books", "&amp;" …).</summary>
    public static bool HasPublisherWord(ReadOnlySpan<char> words) => PublisherWord().IsMatch(words);

    [GeneratedRegex(@"Press|Ltd|Company|Publishers?|Books|Classics|Norton|Routledge|Blackwell|Sharpe|&|Inc\b")]
    private static partial Regex PublisherWord();

    /// <summary>The date a <see cref="DateAtEnd"/> match starts with: without the white space and the parenthesis closing it.</summary>
    private static TextRange WithoutClosing(string text, TextRange match)
    {
        var end = match.End;
        while (end > match.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > match.Start && text[end - 1] == ')')
        {
            end--;
        }

        return new TextRange(match.Start, end);
    }

    private static void AddTrimmed(List<ParsedField> fields, BibFieldKind kind, ReadOnlySpan<char> segment, int offset, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(segment[from]))
        {
            from++;
        }

        while (to > from && (char.IsWhiteSpace(segment[to - 1]) || segment[to - 1] == ','))
        {
            to--;
        }

        if (to > from)
        {
            fields.Add(new ParsedField(kind, new TextRange(offset + from, offset + to)));
        }
    }
}

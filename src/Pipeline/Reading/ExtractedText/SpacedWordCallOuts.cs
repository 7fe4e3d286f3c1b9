using System.Text.RegularExpressions;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// A call-out set off by spaces after a word mid-sentence (<c>Foreign Affairs ad interim 63 until
/// March 2</c>): justified type gives a raised number the spacing of a word, and pdftotext prints it
/// so. A number after a word is far more often a quantity, a day or an item of an enumeration
/// (<c>the 2 day of July</c>, <c>2 the records … 3 it would</c>), so such a number is a candidate only
/// where the numbering leaves no other place for the note: the note stands at this page's foot, no
/// other candidate on the page could call it, the number is the only such one on the page, and it
/// stands after the call-out of the note before (on this page or the page before) and before the
/// call-out of the note after, both ordinary candidates. The sequence then still has to want it.
/// </summary>
internal static partial class SpacedWordCallOuts
{
    /// <summary>The places (source line, index in the line) of the numbers after words that are call-out candidates.</summary>
    public static HashSet<(int Line, int Index)> Find(List<PageParts> parts)
    {
        var found = new HashSet<(int Line, int Index)>();
        for (var p = 0; p < parts.Count; p++)
        {
            var body = parts[p].Body;
            if (parts[p].Notes.Count == 0)
            {
                continue;
            }

            var strong = Positions(body, CallOutCandidates.Find);
            var before = p > 0 ? Positions(parts[p - 1].Body, CallOutCandidates.Find) : [];
            var weak = Positions(body, Spaced);
            foreach (var number in parts[p].Notes.Select(n => n.Number))
            {
                var mine = weak.Where(w => w.Digits == Text(number)).ToList();
                if (mine.Count != 1 || strong.Any(s => NoteSequence.CouldCall(s.Digits, number)))
                {
                    continue;
                }

                var at = mine[0].Order;
                var previousCalled = strong.Any(s => s.Order < at && NoteSequence.CouldCall(s.Digits, number - 1))
                    || before.Any(s => NoteSequence.CouldCall(s.Digits, number - 1));
                var nextCalled = strong.Any(s => s.Order > at && s.Digits.StartsWith(Text(number + 1), StringComparison.Ordinal));
                if (number > 1 && previousCalled && nextCalled)
                {
                    found.Add((mine[0].Line, mine[0].Index));
                }
            }
        }

        return found;
    }

    /// <summary>The candidates of <paramref name="line"/> that <see cref="Find"/> chose.</summary>
    public static IEnumerable<(int Index, int Length, string Digits, bool Glued)> In(TextLine line, HashSet<(int Line, int Index)> chosen)
    {
        if (chosen.Count == 0)
        {
            yield break;
        }

        foreach (var candidate in Spaced(line.Text))
        {
            if (chosen.Contains((line.Number, candidate.Index)))
            {
                yield return candidate;
            }
        }
    }

    private static IEnumerable<(int Index, int Length, string Digits, bool Glued)> Spaced(string text)
    {
        foreach (Match match in AfterWord().Matches(text))
        {
            yield return (match.Groups["n"].Index, match.Groups["n"].Length, match.Groups["n"].Value, false);
        }
    }

    private static List<(long Order, int Line, int Index, string Digits)> Positions(
        List<TextLine> body, Func<string, IEnumerable<(int Index, int Length, string Digits, bool Glued)>> candidates) =>
        [.. body.SelectMany((line, i) => candidates(line.Text).Select(c => (((long)i << 20) + c.Index, line.Number, c.Index, c.Digits)))];

    private static string Text(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A number of one to three digits between a word and a word in lower case, a space on either side.</summary>
    [GeneratedRegex(@"(?<=\p{L}) (?<n>[1-9]\d{0,2})(?= \p{Ll})")]
    private static partial Regex AfterWord();
}

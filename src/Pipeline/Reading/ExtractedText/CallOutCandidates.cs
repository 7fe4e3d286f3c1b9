using System.Text.RegularExpressions;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// Where a line of extractor text may hold a bare call-out: a digit run glued to the word or the
/// closing punctuation before it (<c>Sovietologists,1</c>, <c>resolution.34</c>), a number after a
/// sentence end and a space (<c>House. 2 An</c>), or a number alone on its line. A run glued to a
/// letter after it (<c>1960s</c>), part of a decimal or a range (<c>756.71</c>, <c>6-7</c>, but not a year's sentence end: <c>1956.29</c>), after an
/// opening bracket, a currency sign or a slash, or with a leading zero, is never a candidate; whether
/// a candidate is a call-out is decided by the note numbering (<see cref="NoteSequence"/>).
/// </summary>
internal static partial class CallOutCandidates
{
    public static IEnumerable<(int Index, string Digits, bool Glued)> Find(string text)
    {
        if (WholeLine().IsMatch(text))
        {
            yield return (0, text, false);
            yield break;
        }

        foreach (Match match in Glued().Matches(text))
        {
            var at = match.Index;
            var before = text[at - 1];
            // A point or comma after a short number is a decimal or a thousands mark (756.71, 1,500);
            // after a year it is the sentence's (in 1956.29).
            if (before is '.' or ',' && DigitsBefore(text, at - 1) is > 0 and < 4)
            {
                continue;
            }

            yield return (at, match.Value, true);
        }

        foreach (Match match in Spaced().Matches(text))
        {
            yield return (match.Groups["n"].Index, match.Groups["n"].Value, false);
        }
    }

    private static int DigitsBefore(string text, int end)
    {
        var count = 0;
        while (end - count - 1 >= 0 && char.IsAsciiDigit(text[end - count - 1]))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex(@"^[1-9]\d{0,2}$")]
    private static partial Regex WholeLine();

    [GeneratedRegex(@"(?<=[\p{L}.,;:!?'""’”)\]])[1-9]\d{0,5}(?![\d\p{L}])")]
    private static partial Regex Glued();

    [GeneratedRegex(@"(?<=[.!?’”""')]) (?<n>[1-9]\d{0,2})(?=\s[\p{Lu}“""‘(]|\s?$)")]
    private static partial Regex Spaced();
}

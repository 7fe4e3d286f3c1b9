using System.Text.RegularExpressions;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// Where a line of extractor text may hold a bare call-out: a digit run glued to the word or the
/// closing punctuation before it (<c>Sovietologists,1</c>, <c>resolution.34</c>), a number after a
/// sentence end and a space (<c>House. 2 An</c>) or set off by spaces after a comma or a quotation mark mid-sentence (<c>Street,” 25 but</c>) or between two sentences with no space at all (<c>mud.”17Throughout</c>), a number alone on its line, or a number an extractor marked (<c>^12</c>). A run glued to a
/// letter after it (<c>1960s</c>), part of a decimal or a range (<c>756.71</c>, <c>6-7</c>, but not a year's sentence end: <c>1956.29</c>), after an
/// opening bracket, a currency sign or a slash, or with a leading zero, is never a candidate; whether
/// a candidate is a call-out is decided by the note numbering (<see cref="NoteSequence"/>).
/// </summary>
internal static partial class CallOutCandidates
{
    public static IEnumerable<(int Index, int Length, string Digits, bool Glued)> Find(string text)
    {
        if (WholeLine().IsMatch(text))
        {
            yield return (0, text.Length, text, false);
            yield break;
        }

        foreach (Match match in Glued().Matches(text))
        {
            var at = match.Index;
            var before = text[at - 1];
            // A point or comma after a short number is a decimal or a thousands mark (756.71, 1,500);
            // after a year, or before the next sentence, it is the sentence's (in 1956.29; on September 18.21 To).
            if (before is '.' or ',' && DigitsBefore(text, at - 1) is > 0 and < 4 && !EndsSentence(text, at + match.Length))
            {
                continue;
            }

            yield return (at, match.Length, match.Value, true);
        }

        foreach (Match match in Spaced().Matches(text))
        {
            yield return (match.Groups["n"].Index, match.Groups["n"].Length, match.Groups["n"].Value, false);
        }

        foreach (Match match in SpacedInSentence().Matches(text))
        {
            yield return (match.Groups["n"].Index, match.Groups["n"].Length, match.Groups["n"].Value, false);
        }

        foreach (Match match in SpacedAtLineEnd().Matches(text))
        {
            yield return (match.Groups["n"].Index, match.Groups["n"].Length, match.Groups["n"].Value, false);
        }

        foreach (Match match in GluedBeforeWord().Matches(text))
        {
            yield return (match.Index, match.Length, match.Value, true);
        }

        foreach (Match match in Marked().Matches(text))
        {
            yield return (match.Index, match.Length, match.Groups["n"].Value, true);
        }
    }

    /// <summary>True when the text after <paramref name="end"/> is the line's end or a space and a capital: a new sentence.</summary>
    private static bool EndsSentence(string text, int end) =>
        end == text.Length || (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]));

    private static int DigitsBefore(string text, int end)
    {
        var count = 0;
        while (end - count - 1 >= 0 && char.IsAsciiDigit(text[end - count - 1]))
        {
            count++;
        }

        return count;
    }

    /// <summary>The text without the marks of call-outs the numbering did not take.</summary>
    public static string WithoutMarks(string text) => text.Contains('^', StringComparison.Ordinal) ? Marked().Replace(text, "${n}") : text;

    [GeneratedRegex(@"^[1-9]\d{0,2}$")]
    private static partial Regex WholeLine();

    [GeneratedRegex(@"(?<=[\p{L}.,;:!?'""’”)\]])[1-9]\d{0,5}(?![\d\p{L}])")]
    private static partial Regex Glued();

    [GeneratedRegex(@"(?<=[.!?’”""')]) (?<n>[1-9]\d{0,2})(?=\s[\p{Lu}“""‘(]|\s?$)")]
    private static partial Regex Spaced();

    /// <summary>A number set off by spaces after a comma, a colon or a closing quotation mark, before the sentence goes on (LibreOffice: <c>Street,” 25 but</c>).</summary>
    [GeneratedRegex(@"(?<=[,;:’”""')\]]) (?<n>[1-9]\d{0,2})(?= \p{Ll})")]
    private static partial Regex SpacedInSentence();

    /// <summary>A number between a sentence's end and the next sentence's first word, both spaces lost (mutool: <c>mud.”17Throughout</c>).</summary>
    [GeneratedRegex(@"(?<=[.,;:!?'""’”)\]])[1-9]\d{0,2}(?=\p{Lu}\p{Ll})")]
    private static partial Regex GluedBeforeWord();

    /// <summary>A call-out an extractor marked (pdf.js markdown: <c>^12</c>), wherever it stands.</summary>
    [GeneratedRegex(@"\^(?<n>[1-9]\d{0,2})")]
    private static partial Regex Marked();
}

using Pipeline.Stages.Dehyphenation;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// Where the lines that go on with the previous page's last note start, above a page's foot. groff
/// sets a note continued from the page before at the top of the next page's foot, with no rule and
/// no blank line between it and the body, and it may run to several lines; pdftotext and mutool
/// print it right under the body's last line. The line lengths and the sentences cannot tell body
/// from note there; a word the note cut at its end can: the continuation starts at the one line
/// above the foot whose first word, lower-case, completes the cut word into a word of the language
/// (<c>… as con-</c>, then <c>tested spaces of interaction …</c>). With no such line, or more than
/// one, the continuation is the line right above the foot, as before.
/// </summary>
internal static class ContinuedNote
{
    /// <summary>How many lines above the foot the continuation may start.</summary>
    private const int Reach = 12;

    /// <summary>
    /// The index of the continuation's first line; <paramref name="foot"/> − 1 unless a cut word or a
    /// caption before the continuation (<see cref="CaptionBeforeContinuation"/>) says otherwise.
    /// </summary>
    public static int Start(List<TextLine> lines, int foot, FoundNote open, Func<IWordList?>? words)
    {
        var fallback = CaptionBeforeContinuation.Start(lines, foot) ?? foot - 1;
        if (words is null || CutWord(open) is not { } stub || words() is not { } dictionary)
        {
            return fallback;
        }

        var found = -1;
        for (var k = Math.Max(1, foot - Reach); k < foot; k++)
        {
            // A line under a hyphen of its own starts with the rest of that word.
            if (lines[k - 1].Text.TrimEnd().EndsWith('-'))
            {
                continue;
            }

            var head = new string([.. lines[k].Text.TakeWhile(char.IsLetter)]);
            if (head.Length == 0 || !char.IsLower(head[0]) || !Completes(dictionary, stub, head))
            {
                continue;
            }

            if (found >= 0)
            {
                return fallback;
            }

            found = k;
        }

        return found < 0 ? fallback : found;
    }

    /// <summary>The letters before a hyphen that ends the note's last line; null when it ends otherwise.</summary>
    private static string? CutWord(FoundNote note)
    {
        if (note.Lines.Count == 0)
        {
            return null;
        }

        var text = note.Lines[^1].Text.TrimEnd();
        if (text.Length < 3 || text[^1] != '-' || !char.IsLetter(text[^2]))
        {
            return null;
        }

        var stub = new string([.. text[..^1].Reverse().TakeWhile(char.IsLetter).Reverse()]);
        return stub.Length > 0 ? stub : null;
    }

    private static bool Completes(IWordList dictionary, string stub, string head) =>
        dictionary.Contains(stub + head)
        || (char.IsUpper(stub[0]) && dictionary.Contains(char.ToLowerInvariant(stub[0]) + stub[1..] + head));
}

namespace Pipeline.Reading.Glyphs;

/// <summary>Where a word stands in its sentence, told from the words either side of it.</summary>
internal static class SentencePositions
{
    /// <summary>
    /// After a full stop, a sentence's start; else inside one, unless a capital follows (a title or a
    /// name, in which the word may be capitalised too); unknown with no word before it.
    /// </summary>
    public static SentencePosition Of(string? previous, string? next) =>
        previous is null ? SentencePosition.Unknown
        : EndsSentence(previous) ? SentencePosition.Start
        : next is not null && next.TrimStart(Openers).FirstOrDefault() is var c && char.IsUpper(c) ? SentencePosition.Unknown
        : SentencePosition.Inside;

    private static readonly char[] Openers = ['"', '\'', '(', '[', '\u2018', '\u201C'];

    private static bool EndsSentence(string word)
    {
        var end = word.TrimEnd('"', '\'', ')', ']', '\u2019', '\u201D');
        return end.Length > 0 && end[^1] is '.' or '!' or '?';
    }
}

using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.PageRepair;

/// <summary>
/// Reads the evidence that a paragraph cut by a page break goes on after the footnotes: the page's
/// last paragraph stops mid-sentence, or the next page's first paragraph starts mid-sentence.
/// </summary>
internal static class SentenceEvidence
{
    private const string Closers = "\"'’”»)]}*_ \t";
    private const string Openers = "\"'‘“«([{*_ \t";

    /// <summary>True when the text ends with sentence-final punctuation, allowing closing quotes and brackets after it.</summary>
    public static bool EndsSentence(string text) => IsSentenceEnd(PlainText.Last([new Text(text)], IsCloser));

    /// <summary>True when the first letter of the text, after opening quotes and brackets, is lower case.</summary>
    public static bool StartsMidSentence(string text) => IsMidSentenceStart(PlainText.First([new Text(text)], IsOpener));

    /// <summary>The join decision: either side shows the sentence goes on.</summary>
    public static bool Continues(string before, string after) => !EndsSentence(before) || StartsMidSentence(after);

    /// <summary>
    /// The join decision on two paragraphs' content, reading only the characters at the seam rather
    /// than building either paragraph's text.
    /// </summary>
    public static bool Continues(ImmutableArray<Inline> before, ImmutableArray<Inline> after) =>
        !IsSentenceEnd(PlainText.Last(before, IsCloser)) || IsMidSentenceStart(PlainText.First(after, IsOpener));

    /// <summary>The last visible character, closing quotes and brackets aside, is sentence-final punctuation.</summary>
    private static bool IsSentenceEnd(char? last) => last is '.' or '?' or '!' or '…';

    /// <summary>The first visible character, opening quotes and brackets aside, is lower case or carries on a clause.</summary>
    private static bool IsMidSentenceStart(char? first) =>
        first is { } c && (char.IsLower(c) || c is ',' or ';' or ')' or ']');

    private static bool IsCloser(char c) => Closers.Contains(c, StringComparison.Ordinal);

    private static bool IsOpener(char c) => Openers.Contains(c, StringComparison.Ordinal);
}

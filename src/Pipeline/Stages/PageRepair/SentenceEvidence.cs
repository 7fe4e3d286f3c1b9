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
    public static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd(Closers.ToCharArray());
        return trimmed.Length > 0 && trimmed[^1] is '.' or '?' or '!' or '…';
    }

    /// <summary>True when the first letter of the text, after opening quotes and brackets, is lower case.</summary>
    public static bool StartsMidSentence(string text)
    {
        var trimmed = text.TrimStart(Openers.ToCharArray());
        if (trimmed.Length == 0)
        {
            return false;
        }

        return char.IsLower(trimmed[0]) || trimmed[0] is ',' or ';' or ')' or ']';
    }

    /// <summary>The join decision: either side shows the sentence goes on.</summary>
    public static bool Continues(string before, string after) => !EndsSentence(before) || StartsMidSentence(after);
}

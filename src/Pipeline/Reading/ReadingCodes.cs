namespace Pipeline.Reading;

/// <summary>Diagnostic codes the reader reports.</summary>
internal static class ReadingCodes
{
    public const string IllegalCharacter = "read.illegal-character";
    public const string UnclosedSuperscript = "read.sup-unclosed";
    public const string StrayClosingTag = "read.html-stray-closing";
    public const string NonNumericSuperscript = "read.sup-not-a-call";
    public const string UnsupportedHtml = "read.html-unsupported";
    public const string RuleWithoutNotes = "read.rule-without-notes";
    public const string ImagePath = "read.image-path";
    public const string InlineImage = "read.image-inline";
    public const string InlineParseFailed = "read.inline-parse-failed";
    public const string NestedTooDeep = "read.nested-too-deep";
}

namespace Pipeline.Stages.Dehyphenation;

/// <summary>Diagnostic codes of the de-hyphenation stage.</summary>
internal static class DehyphenationCodes
{
    /// <summary>Warning: no word list could be loaded; decisions rest on the text and built-in rules.</summary>
    public const string DictionaryMissing = "dehyphenation.dictionary-missing";

    /// <summary>Info: how many line ends and hyphens were resolved.</summary>
    public const string Summary = "dehyphenation.summary";

    /// <summary>Info: a line-end hyphen decided by the built-in rule alone, with the line it ended.</summary>
    public const string Uncertain = "dehyphenation.uncertain";
}

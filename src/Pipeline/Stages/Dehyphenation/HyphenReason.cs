namespace Pipeline.Stages.Dehyphenation;

/// <summary>Which piece of evidence settled a hyphen decision, strongest first.</summary>
public enum HyphenReason
{
    /// <summary>The joined form occurs elsewhere in the text more often than the hyphenated one.</summary>
    JoinedFormInText,

    /// <summary>The hyphenated form occurs elsewhere in the text more often than the joined one.</summary>
    HyphenatedFormInText,

    /// <summary>The next fragment starts with a capital ("de-" + "Stalinisation").</summary>
    CapitalAfterHyphen,

    /// <summary>A fragment holds digits ("1953-" + "56", "24,590-" + "foot").</summary>
    Digits,

    /// <summary>The next fragment is itself hyphenated ("Ah-" + "kee-ko"): the break fell at a compound's hyphen.</summary>
    HyphenatedFragment,

    /// <summary>The word list knows the joined word but not both parts.</summary>
    JoinedWordInDictionary,

    /// <summary>The word list knows both parts and the compound is plausible.</summary>
    CompoundInDictionary,

    /// <summary>No stronger evidence: a small built-in rule (number words, hyphenating prefixes, else join).</summary>
    BuiltInRule,
}

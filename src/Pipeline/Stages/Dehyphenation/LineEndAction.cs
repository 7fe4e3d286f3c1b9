namespace Pipeline.Stages.Dehyphenation;

/// <summary>What becomes of one soft or page line end.</summary>
internal enum LineEndAction
{
    /// <summary>Not touched (a hard line end).</summary>
    Keep,

    /// <summary>Replaced by one space.</summary>
    Space,

    /// <summary>Removed: the words on either side join (hyphen dropped or kept).</summary>
    Remove,
}

namespace Pipeline.Tests.Support;

/// <summary>
/// One word the variant split at a line end. <see cref="Line"/> is the 1-based line that ends with
/// the hyphen; <see cref="Left"/> is the fragment before the hyphen (without it), <see cref="Right"/>
/// the fragment that starts the next line. <see cref="IsCompound"/> is true when the break is at a
/// hyphen the seed already had ("Marxist-" / "Leninist"), false for a syllable break ("char-" / "acterised").
/// </summary>
public sealed record WrapHyphen(int Line, string Left, string Right, bool IsCompound)
{
    /// <summary>The word as the seed spells it.</summary>
    public string Word => IsCompound ? Left + "-" + Right : Left + Right;
}

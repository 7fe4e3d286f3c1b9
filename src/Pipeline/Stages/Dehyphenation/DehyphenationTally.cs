namespace Pipeline.Stages.Dehyphenation;

/// <summary>What de-hyphenation did to one document: line ends resolved and hyphens joined or kept.</summary>
internal sealed record DehyphenationTally(int LineEnds, int Spaces, int HyphenLineEnds, int Joined, int Kept)
{
    public static DehyphenationTally Zero { get; } = new(0, 0, 0, 0, 0);
}

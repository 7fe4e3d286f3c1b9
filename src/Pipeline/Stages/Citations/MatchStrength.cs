namespace Pipeline.Stages.Citations;

/// <summary>How sure a match is. Only <see cref="Strong"/> matches are encoded.</summary>
internal enum MatchStrength
{
    None,
    Weak,
    Strong,
}

namespace Pipeline.Stages.Dehyphenation;

/// <summary>A hyphen decision and the evidence behind it.</summary>
public readonly record struct HyphenVerdict(HyphenDecision Decision, HyphenReason Reason);

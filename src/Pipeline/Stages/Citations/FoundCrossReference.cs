namespace Pipeline.Stages.Citations;

/// <summary>
/// A mention of another part of the document: the words to wrap, the id they point to, and whether
/// they point into another work (then they are reported, not linked).
/// </summary>
internal sealed record FoundCrossReference(TextRange Range, string TargetId, bool External);

namespace Pipeline.Stages.Citations;

/// <summary>A note reference that was not linked to the bibliography, and why.</summary>
/// <param name="Note">The note's label (its number).</param>
/// <param name="Line">The note's first source line.</param>
/// <param name="Citation">The reference as written.</param>
/// <param name="Reason">Why it was not linked.</param>
/// <param name="WeakMatch">True when a candidate entry exists but the match was too weak to encode.</param>
public sealed record UnresolvedReference(string Note, int Line, string Citation, string Reason, bool WeakMatch);

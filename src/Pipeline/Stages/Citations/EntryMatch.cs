namespace Pipeline.Stages.Citations;

/// <summary>The outcome of looking a reference up in the bibliography.</summary>
internal sealed record EntryMatch(MatchStrength Strength, BibliographyItem? Entry, string Reason)
{
    public static EntryMatch NoMatch(string reason) => new(MatchStrength.None, null, reason);
}

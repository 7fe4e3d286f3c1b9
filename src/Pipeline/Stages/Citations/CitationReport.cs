using System.Collections.Immutable;

namespace Pipeline.Stages.Citations;

/// <summary>What the citation stage found and resolved in one document, for the run report.</summary>
/// <param name="Document">The document id.</param>
/// <param name="ReferencesFound">References found in the notes (full, short forms and ibid).</param>
/// <param name="Resolved">References linked to a bibliography entry.</param>
/// <param name="Unresolved">References left unlinked, with the note and the reason.</param>
/// <param name="MissingFromBibliography">Works cited in notes that have no bibliography entry.</param>
/// <param name="UncitedEntries">Ids of bibliography entries no note cites.</param>
/// <param name="EntriesStructured">Bibliography entries whose parts were recognised.</param>
/// <param name="CrossReferences">Links made to appendices and notes of this document.</param>
public sealed record CitationReport(
    string Document,
    int ReferencesFound,
    int Resolved,
    ImmutableArray<UnresolvedReference> Unresolved,
    ImmutableArray<MissingWork> MissingFromBibliography,
    ImmutableArray<string> UncitedEntries,
    int EntriesStructured,
    int CrossReferences);

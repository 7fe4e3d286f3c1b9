namespace Pipeline.Model;

/// <summary>
/// What the citation stage did to a document, counted, so the header's editorialDecl states it
/// rather than claims it.
/// </summary>
/// <param name="References">References found in the notes, of every form.</param>
/// <param name="Ibid">Of those, ibid (and id.).</param>
/// <param name="ShortForms">Of those, short forms (short titles, an author's name alone, op. cit.).</param>
/// <param name="LinkedToBibliography">References that point to a bibliography entry (<c>bibl/@corresp</c>).</param>
/// <param name="LinkedToEarlierNote">
/// Ibid and short forms of works the bibliography lacks that point to the earlier note's reference
/// they repeat (<c>bibl/@sameAs</c> to that reference's <c>xml:id</c>).
/// </param>
/// <param name="UnresolvedRepeats">Ibid and short forms whose work could not be told with confidence, left unlinked.</param>
/// <param name="BibliographyEntries">Entries of the bibliography.</param>
/// <param name="EntriesStructured">Of those, entries whose parts were marked up.</param>
public sealed record CitationFacts(
    int References,
    int Ibid,
    int ShortForms,
    int LinkedToBibliography,
    int LinkedToEarlierNote,
    int UnresolvedRepeats,
    int BibliographyEntries,
    int EntriesStructured)
{
    /// <summary>Full references that match no bibliography entry (all of them when there is no bibliography).</summary>
    public int FullUnlisted => References - LinkedToBibliography - LinkedToEarlierNote - UnresolvedRepeats;
}

using Pipeline.Model;

namespace Pipeline.Stages.Citations;

/// <summary>
/// The model's walk with notes and bibliography entries handed to callers whole, not descended
/// into. With identity callbacks it is a visitor that collects them, in the same order a rewrite
/// meets them.
/// </summary>
internal sealed class DocumentRewriter(Func<Note, Note> mapNote, Func<BibliographyEntry, BibliographyEntry> mapEntry) : ModelRewriter
{
    /// <summary>Every placed note and every bibliography entry of the document, in document order.</summary>
    public static (List<Note> Notes, List<BibliographyEntry> Entries) NotesAndEntries(Document document)
    {
        var notes = new List<Note>();
        var entries = new List<BibliographyEntry>();
        new DocumentRewriter(
            note =>
            {
                notes.Add(note);
                return note;
            },
            entry =>
            {
                entries.Add(entry);
                return entry;
            }).Rewrite(document);
        return (notes, entries);
    }

    protected override Block RewriteBlock(Block block) =>
        block is BibliographyEntry entry ? mapEntry(entry) : base.RewriteBlock(block);

    protected override Inline RewriteInline(Inline inline, Block owner) =>
        inline is Note note ? mapNote(note) : base.RewriteInline(inline, owner);
}

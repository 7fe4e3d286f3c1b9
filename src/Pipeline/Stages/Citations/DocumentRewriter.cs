using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Walks every block and inline of a document in reading order, letting callers replace notes and
/// bibliography entries. With identity callbacks it is a visitor that collects them. Whatever the
/// callbacks leave as it was is returned as the same instance, so a walk that changes nothing (or
/// little) copies nothing (or little).
/// </summary>
internal sealed class DocumentRewriter
{
    private readonly Func<Note, Note> _mapNote;
    private readonly Func<BibliographyEntry, BibliographyEntry> _mapEntry;
    private readonly Func<Block, Block> _block;
    private readonly Func<Inline, Inline> _inline;
    private readonly Func<ImmutableArray<Inline>, ImmutableArray<Inline>> _inlines;

    public DocumentRewriter(Func<Note, Note> mapNote, Func<BibliographyEntry, BibliographyEntry> mapEntry)
    {
        _mapNote = mapNote;
        _mapEntry = mapEntry;
        _block = Block;
        _inline = Inline;
        _inlines = Inlines;
    }

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

    public Document Rewrite(Document document)
    {
        var blocks = ModelMap.Items(document.Blocks, _block);
        return blocks == document.Blocks ? document : document with { Blocks = blocks };
    }

    private Block Block(Block block) =>
        block is BibliographyEntry entry ? _mapEntry(entry) : ModelMap.Inlines(block, _inlines, _block);

    private ImmutableArray<Inline> Inlines(ImmutableArray<Inline> inlines) => ModelMap.Items(inlines, _inline);

    private Inline Inline(Inline inline) =>
        inline is Note note ? _mapNote(note) : ModelMap.TryContent(inline, _inlines, out var mapped) ? mapped : inline;
}

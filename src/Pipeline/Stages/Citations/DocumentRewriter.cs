using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Walks every block and inline of a document in reading order, letting callers replace notes and
/// bibliography entries. With identity callbacks it is a visitor that collects them.
/// </summary>
internal sealed class DocumentRewriter(Func<Note, Note> mapNote, Func<BibliographyEntry, BibliographyEntry> mapEntry)
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

    public Document Rewrite(Document document) => document with { Blocks = Blocks(document.Blocks) };

    private ImmutableArray<Block> Blocks(ImmutableArray<Block> blocks) => [.. blocks.Select(Block)];

    private Block Block(Block block) => block switch
    {
        Heading h => h with { Content = Inlines(h.Content) },
        Paragraph p => p with { Content = Inlines(p.Content) },
        ListItem l => l with { Content = Inlines(l.Content) },
        FootnoteText f => f with { Content = Inlines(f.Content) },
        FootnoteContinuation c => c with { Content = Inlines(c.Content) },
        Division d => d with { Head = d.Head is null ? null : (Heading)Block(d.Head), Content = Blocks(d.Content) },
        Figure f => f with { Caption = Inlines(f.Caption) },
        BibliographyEntry e => mapEntry(e),
        _ => block,
    };

    private ImmutableArray<Inline> Inlines(ImmutableArray<Inline> inlines) => [.. inlines.Select(Inline)];

    private Inline Inline(Inline inline) => inline switch
    {
        Note n => mapNote(n),
        Styled s => s with { Content = Inlines(s.Content) },
        Link l => l with { Content = Inlines(l.Content) },
        CrossReference c => c with { Content = Inlines(c.Content) },
        Reference r => r with { Content = Inlines(r.Content) },
        BibField f => f with { Content = Inlines(f.Content) },
        _ => inline,
    };
}

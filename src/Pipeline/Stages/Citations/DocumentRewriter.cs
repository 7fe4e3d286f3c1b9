using System.Collections.Immutable;
using System.Runtime.InteropServices;
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

    public DocumentRewriter(Func<Note, Note> mapNote, Func<BibliographyEntry, BibliographyEntry> mapEntry)
    {
        _mapNote = mapNote;
        _mapEntry = mapEntry;
        _block = Block;
        _inline = Inline;
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
        var blocks = Map(document.Blocks, _block);
        return blocks == document.Blocks ? document : document with { Blocks = blocks };
    }

    /// <summary>The items mapped; the same array when every item maps to itself.</summary>
    private static ImmutableArray<T> Map<T>(ImmutableArray<T> items, Func<T, T> map)
        where T : class
    {
        T[]? changed = null;
        for (var i = 0; i < items.Length; i++)
        {
            var mapped = map(items[i]);
            if (changed is null && ReferenceEquals(mapped, items[i]))
            {
                continue;
            }

            changed ??= [.. items];
            changed[i] = mapped;
        }

        return changed is null ? items : ImmutableCollectionsMarshal.AsImmutableArray(changed);
    }

    private Block Block(Block block)
    {
        switch (block)
        {
            case Heading h:
                var heading = Inlines(h.Content);
                return heading == h.Content ? h : h with { Content = heading };
            case Paragraph p:
                var paragraph = Inlines(p.Content);
                return paragraph == p.Content ? p : p with { Content = paragraph };
            case ListItem l:
                var item = Inlines(l.Content);
                return item == l.Content ? l : l with { Content = item };
            case FootnoteText f:
                var footnote = Inlines(f.Content);
                return footnote == f.Content ? f : f with { Content = footnote };
            case FootnoteContinuation c:
                var continuation = Inlines(c.Content);
                return continuation == c.Content ? c : c with { Content = continuation };
            case Division d:
                var head = d.Head is null ? null : (Heading)Block(d.Head);
                var content = Map(d.Content, _block);
                return ReferenceEquals(head, d.Head) && content == d.Content ? d : d with { Head = head, Content = content };
            case Figure f:
                var caption = Inlines(f.Caption);
                return caption == f.Caption ? f : f with { Caption = caption };
            case BibliographyEntry e:
                return _mapEntry(e);
            default:
                return block;
        }
    }

    private ImmutableArray<Inline> Inlines(ImmutableArray<Inline> inlines) => Map(inlines, _inline);

    private Inline Inline(Inline inline)
    {
        switch (inline)
        {
            case Note n:
                return _mapNote(n);
            case Styled s:
                var styled = Inlines(s.Content);
                return styled == s.Content ? s : s with { Content = styled };
            case Link l:
                var link = Inlines(l.Content);
                return link == l.Content ? l : l with { Content = link };
            case CrossReference c:
                var cross = Inlines(c.Content);
                return cross == c.Content ? c : c with { Content = cross };
            case Reference r:
                var reference = Inlines(r.Content);
                return reference == r.Content ? r : r with { Content = reference };
            case BibField f:
                var field = Inlines(f.Content);
                return field == f.Content ? f : f with { Content = field };
            default:
                return inline;
        }
    }
}

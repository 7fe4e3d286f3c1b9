using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Batch;

/// <summary>
/// Counts a document's footnotes for the run summary: those placed at their call-outs (<see cref="Note"/>)
/// nested ones included.
/// </summary>
internal static class NoteCounter
{
    public static int Count(Document? document) => document is null ? 0 : Blocks(document.Blocks);

    private static int Blocks(ImmutableArray<Block> blocks)
    {
        var count = 0;
        foreach (var block in blocks)
        {
            count += block switch
            {
                Heading heading => Inlines(heading.Content),
                Paragraph paragraph => Inlines(paragraph.Content),
                ListItem item => Inlines(item.Content),
                Quotation quotation => Inlines(quotation.Content),
                Division division => (division.Head is null ? 0 : Inlines(division.Head.Content)) + Blocks(division.Content),
                Figure figure => Inlines(figure.Caption),
                BibliographyEntry entry => Inlines(entry.Content),
                ContentBlock other => Inlines(other.Content),
                _ => 0,
            };
        }

        return count;
    }

    private static int Inlines(ImmutableArray<Inline> inlines)
    {
        var count = 0;
        foreach (var inline in inlines)
        {
            count += inline switch
            {
                Note note => 1 + Blocks(note.Content),
                Styled styled => Inlines(styled.Content),
                Link link => Inlines(link.Content),
                CrossReference reference => Inlines(reference.Content),
                Reference reference => Inlines(reference.Content),
                BibField field => Inlines(field.Content),
                _ => 0,
            };
        }

        return count;
    }
}

using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.Footnotes;

/// <summary>Applies an inline replacement to every inline of a block tree, descending into containers.</summary>
internal sealed class InlineRewriter
{
    private readonly Func<Inline, Inline> _replace;

    /// <param name="replace">Called for every leaf inline and returns its replacement.</param>
    public InlineRewriter(Func<Inline, Inline> replace) => _replace = replace;

    /// <summary>The block with its inlines replaced; the same block when no inline of it changes.</summary>
    public Block Rewrite(Block block)
    {
        switch (block)
        {
            case Paragraph paragraph:
                var content = Rewrite(paragraph.Content);
                return content == paragraph.Content ? paragraph : paragraph with { Content = content };
            case Heading heading:
                var head = Rewrite(heading.Content);
                return head == heading.Content ? heading : heading with { Content = head };
            case ListItem item:
                var itemContent = Rewrite(item.Content);
                return itemContent == item.Content ? item : item with { Content = itemContent };
            case FootnoteText note:
                var noteContent = Rewrite(note.Content);
                return noteContent == note.Content ? note : note with { Content = noteContent };
            case FootnoteContinuation continuation:
                var rest = Rewrite(continuation.Content);
                return rest == continuation.Content ? continuation : continuation with { Content = rest };
            case BibliographyEntry entry:
                var entryContent = Rewrite(entry.Content);
                return entryContent == entry.Content ? entry : entry with { Content = entryContent };
            case Figure figure:
                var caption = Rewrite(figure.Caption);
                return caption == figure.Caption ? figure : figure with { Caption = caption };
            case Division division:
                var divisionHead = division.Head is null ? null : (Heading)Rewrite(division.Head);
                var blocks = Rewrite(division.Content);
                return ReferenceEquals(divisionHead, division.Head) && blocks == division.Content
                    ? division
                    : division with { Head = divisionHead, Content = blocks };
            default:
                return block;
        }
    }

    /// <summary>The inlines with their replacements; the same array when every inline comes back unchanged.</summary>
    public ImmutableArray<Inline> Rewrite(ImmutableArray<Inline> inlines)
    {
        ImmutableArray<Inline>.Builder? changed = null;
        for (var i = 0; i < inlines.Length; i++)
        {
            var inline = inlines[i];
            var rewritten = Rewrite(inline);
            if (changed is null && !ReferenceEquals(rewritten, inline))
            {
                changed = ImmutableArray.CreateBuilder<Inline>(inlines.Length);
                changed.AddRange(inlines, i);
            }

            changed?.Add(rewritten);
        }

        return changed is null ? inlines : changed.MoveToImmutable();
    }

    private ImmutableArray<Block> Rewrite(ImmutableArray<Block> blocks)
    {
        ImmutableArray<Block>.Builder? changed = null;
        for (var i = 0; i < blocks.Length; i++)
        {
            var rewritten = Rewrite(blocks[i]);
            if (changed is null && !ReferenceEquals(rewritten, blocks[i]))
            {
                changed = ImmutableArray.CreateBuilder<Block>(blocks.Length);
                changed.AddRange(blocks, i);
            }

            changed?.Add(rewritten);
        }

        return changed is null ? blocks : changed.MoveToImmutable();
    }

    private Inline Rewrite(Inline inline)
    {
        switch (inline)
        {
            case Styled styled:
                var styledContent = Rewrite(styled.Content);
                return styledContent == styled.Content ? styled : styled with { Content = styledContent };
            case Link link:
                var linkContent = Rewrite(link.Content);
                return linkContent == link.Content ? link : link with { Content = linkContent };
            case CrossReference cross:
                var crossContent = Rewrite(cross.Content);
                return crossContent == cross.Content ? cross : cross with { Content = crossContent };
            case Reference reference:
                var referenceContent = Rewrite(reference.Content);
                return referenceContent == reference.Content ? reference : reference with { Content = referenceContent };
            case BibField field:
                var fieldContent = Rewrite(field.Content);
                return fieldContent == field.Content ? field : field with { Content = fieldContent };
            case Note note:
                var noteBlocks = Rewrite(note.Content);
                return noteBlocks == note.Content ? note : note with { Content = noteBlocks };
            default:
                return _replace(inline);
        }
    }
}

using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.Dehyphenation;

/// <summary>
/// Applies a function to every inline sequence a block holds (paragraphs, headings, list items,
/// footnotes, captions, bibliography entries, divisions and their heads) and to the title and
/// abstract. Notes inside inlines are the sequence function's business. A block, block list or
/// document whose sequences all come back as the same instances is returned itself, not rebuilt.
/// </summary>
internal static class BlockInlines
{
    public static Document Map(Document document, Func<ImmutableArray<Inline>, ImmutableArray<Inline>> map)
    {
        var metadata = document.Metadata;
        var title = map(metadata.Title);
        var summary = MapAbstract(metadata.Abstract, map);
        var blocks = Map(document.Blocks, map);
        if (title == metadata.Title && summary == metadata.Abstract && blocks == document.Blocks)
        {
            return document;
        }

        return document with { Metadata = metadata with { Title = title, Abstract = summary }, Blocks = blocks };
    }

    public static ImmutableArray<Block> Map(ImmutableArray<Block> blocks, Func<ImmutableArray<Inline>, ImmutableArray<Inline>> map)
    {
        ImmutableArray<Block>.Builder? changed = null;
        for (var i = 0; i < blocks.Length; i++)
        {
            var mapped = Map(blocks[i], map);
            if (changed is null && !ReferenceEquals(mapped, blocks[i]))
            {
                changed = ImmutableArray.CreateBuilder<Block>(blocks.Length);
                changed.AddRange(blocks, i);
            }

            changed?.Add(mapped);
        }

        return changed is null ? blocks : changed.MoveToImmutable();
    }

    private static ImmutableArray<Paragraph> MapAbstract(ImmutableArray<Paragraph> paragraphs, Func<ImmutableArray<Inline>, ImmutableArray<Inline>> map)
    {
        ImmutableArray<Paragraph>.Builder? changed = null;
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var content = map(paragraphs[i].Content);
            if (changed is null && content != paragraphs[i].Content)
            {
                changed = ImmutableArray.CreateBuilder<Paragraph>(paragraphs.Length);
                changed.AddRange(paragraphs, i);
            }

            changed?.Add(content == paragraphs[i].Content ? paragraphs[i] : paragraphs[i] with { Content = content });
        }

        return changed is null ? paragraphs : changed.MoveToImmutable();
    }

    private static Block Map(Block block, Func<ImmutableArray<Inline>, ImmutableArray<Inline>> map)
    {
        switch (block)
        {
            case Paragraph p:
                var paragraph = map(p.Content);
                return paragraph == p.Content ? p : p with { Content = paragraph };
            case Heading h:
                return MapHeading(h, map);
            case ListItem l:
                var item = map(l.Content);
                return item == l.Content ? l : l with { Content = item };
            case FootnoteText f:
                var footnote = map(f.Content);
                return footnote == f.Content ? f : f with { Content = footnote };
            case FootnoteContinuation c:
                var continuation = map(c.Content);
                return continuation == c.Content ? c : c with { Content = continuation };
            case Division d:
                var head = d.Head is null ? null : MapHeading(d.Head, map);
                var content = Map(d.Content, map);
                return ReferenceEquals(head, d.Head) && content == d.Content ? d : d with { Head = head, Content = content };
            case Figure f:
                var caption = map(f.Caption);
                return caption == f.Caption ? f : f with { Caption = caption };
            case BibliographyEntry b:
                var entry = map(b.Content);
                return entry == b.Content ? b : b with { Content = entry };
            default:
                return block;
        }
    }

    private static Heading MapHeading(Heading heading, Func<ImmutableArray<Inline>, ImmutableArray<Inline>> map)
    {
        var content = map(heading.Content);
        return content == heading.Content ? heading : heading with { Content = content };
    }
}

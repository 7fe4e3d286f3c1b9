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
        var each = Each(map);
        var summary = ModelMap.Items(metadata.Abstract, p => (Paragraph)each(p));
        var blocks = ModelMap.Items(document.Blocks, each);
        if (title == metadata.Title && summary == metadata.Abstract && blocks == document.Blocks)
        {
            return document;
        }

        return document with { Metadata = metadata with { Title = title, Abstract = summary }, Blocks = blocks };
    }

    public static ImmutableArray<Block> Map(ImmutableArray<Block> blocks, Func<ImmutableArray<Inline>, ImmutableArray<Inline>> map) =>
        ModelMap.Items(blocks, Each(map));

    /// <summary>The function that maps one block, and through it the blocks of its divisions.</summary>
    private static Func<Block, Block> Each(Func<ImmutableArray<Inline>, ImmutableArray<Inline>> map)
    {
        Func<Block, Block>? each = null;
        each = block => ModelMap.Inlines(block, map, each!);
        return each;
    }
}

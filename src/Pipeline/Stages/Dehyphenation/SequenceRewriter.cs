using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.Dehyphenation;

/// <summary>
/// The model's copy-on-change walk applying one function to every inline sequence a block holds
/// (paragraphs, headings, list items, footnotes, captions, bibliography entries, divisions and their
/// heads) and to the title and abstract. What a sequence holds, notes included, is the function's
/// business: the walk does not descend into inlines.
/// </summary>
internal sealed class SequenceRewriter(Func<ImmutableArray<Inline>, ImmutableArray<Inline>> map) : ModelRewriter
{
    /// <summary>The document with its title, abstract and blocks mapped, in that order; the same instance when nothing changed.</summary>
    public Document Map(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var metadata = document.Metadata;
        var title = map(metadata.Title);
        var summary = ModelMap.Items(metadata.Abstract, static (paragraph, walk) => (Paragraph)walk.RewriteBlock(paragraph), this);
        var rewritten = Rewrite(document);
        return title == metadata.Title && summary == metadata.Abstract
            ? rewritten
            : rewritten with { Metadata = metadata with { Title = title, Abstract = summary } };
    }

    /// <summary>The blocks mapped (a note's, say); the same array when none changed.</summary>
    public ImmutableArray<Block> Map(ImmutableArray<Block> blocks) =>
        ModelMap.Items(blocks, static (block, walk) => walk.RewriteBlock(block), this);

    protected override ImmutableArray<Inline> RewriteInlines(ImmutableArray<Inline> inlines, Block owner) => map(inlines);
}

using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.Footnotes;

/// <summary>
/// The model's copy-on-change walk with one replacement for every inline that holds nothing (text,
/// line ends, call-outs), in reading order, notes' blocks included.
/// </summary>
internal sealed class CallOutRewriter(Func<Inline, Inline> replace) : ModelRewriter
{
    /// <summary>The block with its leaves replaced; the same block when none changes.</summary>
    public Block Rewrite(Block block) => RewriteBlock(block);

    /// <summary>The inlines of <paramref name="owner"/> with their leaves replaced; the same array when none changes.</summary>
    public ImmutableArray<Inline> Rewrite(ImmutableArray<Inline> inlines, Block owner) => RewriteInlines(inlines, owner);

    protected override Inline RewriteLeaf(Inline leaf, Block owner) => replace(leaf);
}

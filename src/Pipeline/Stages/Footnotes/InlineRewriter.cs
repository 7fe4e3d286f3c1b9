using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.Footnotes;

/// <summary>Applies an inline replacement to every inline of a block tree, descending into containers and notes.</summary>
internal sealed class InlineRewriter
{
    private readonly Func<Inline, Inline> _replace;
    private readonly Func<Block, Block> _block;
    private readonly Func<Inline, Inline> _inline;
    private readonly Func<ImmutableArray<Inline>, ImmutableArray<Inline>> _inlines;

    /// <param name="replace">Called for every leaf inline and returns its replacement.</param>
    public InlineRewriter(Func<Inline, Inline> replace)
    {
        _replace = replace;
        _block = Rewrite;
        _inline = Rewrite;
        _inlines = Rewrite;
    }

    /// <summary>The block with its inlines replaced; the same block when no inline of it changes.</summary>
    public Block Rewrite(Block block) => ModelMap.Inlines(block, _inlines, _block);

    /// <summary>The inlines with their replacements; the same array when every inline comes back unchanged.</summary>
    public ImmutableArray<Inline> Rewrite(ImmutableArray<Inline> inlines) => ModelMap.Items(inlines, _inline);

    private Inline Rewrite(Inline inline)
    {
        if (inline is Note note)
        {
            var blocks = ModelMap.Items(note.Content, _block);
            return blocks == note.Content ? note : note with { Content = blocks };
        }

        return ModelMap.TryContent(inline, _inlines, out var mapped) ? mapped : _replace(inline);
    }
}

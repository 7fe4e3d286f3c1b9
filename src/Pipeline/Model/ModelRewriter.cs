using System.Collections.Immutable;

namespace Pipeline.Model;

/// <summary>
/// The one copy-on-change walk over a document: every block and inline in reading order, notes'
/// blocks and divisions' heads included. A stage overrides the hooks for the nodes it changes and
/// calls the base hook to descend; a node whose children all come back as they were comes back as
/// the same instance, so a walk that changes nothing copies nothing. Inline hooks are told the
/// block that holds them (a division for its head), which is where a diagnostic about them points.
/// </summary>
public abstract class ModelRewriter
{
    private readonly Func<Block, Block> _block;

    protected ModelRewriter()
    {
        _block = RewriteBlock;
    }

    /// <summary>The document with every top-level block rewritten; the same instance when none changed.</summary>
    public Document Rewrite(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = ModelMap.Items(document.Blocks, _block);
        return blocks == document.Blocks ? document : document with { Blocks = blocks };
    }

    /// <summary>A block; by default its inline sequences and child blocks rewritten.</summary>
    protected virtual Block RewriteBlock(Block block) =>
        ModelMap.Inlines(block, static (inlines, state) => state.Walker.RewriteInlines(inlines, state.Owner), (Walker: this, Owner: block), _block);

    /// <summary>A sequence of inlines held by <paramref name="owner"/>; by default each inline rewritten.</summary>
    protected virtual ImmutableArray<Inline> RewriteInlines(ImmutableArray<Inline> inlines, Block owner) =>
        ModelMap.Items(inlines, static (inline, state) => state.Walker.RewriteInline(inline, state.Owner), (Walker: this, Owner: owner));

    /// <summary>One inline; by default a note's blocks or a container's inlines rewritten.</summary>
    protected virtual Inline RewriteInline(Inline inline, Block owner)
    {
        ArgumentNullException.ThrowIfNull(inline);
        if (inline is Note note)
        {
            var blocks = ModelMap.Items(note.Content, _block);
            return blocks == note.Content ? note : note with { Content = blocks };
        }

        return ModelMap.TryContent(inline, static (inlines, state) => state.Walker.RewriteInlines(inlines, state.Owner), (Walker: this, Owner: owner), out var mapped)
            ? mapped
            : RewriteLeaf(inline, owner);
    }

    /// <summary>An inline that holds neither inlines nor blocks (text, a line end, a call-out); by default itself.</summary>
    protected virtual Inline RewriteLeaf(Inline leaf, Block owner) => leaf;
}

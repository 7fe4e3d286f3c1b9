using System.Collections.Immutable;

namespace Pipeline.Model;

/// <summary>
/// Maps the children of model nodes and rebuilds a node only when one of its children changed;
/// otherwise the node itself comes back. Stages that rewrite a few places of a document use it so
/// everything they leave alone is shared, not copied.
/// </summary>
public static class ModelMap
{
    /// <summary>The items mapped; the same array when every item maps to itself.</summary>
    public static ImmutableArray<T> Items<T>(ImmutableArray<T> items, Func<T, T> map)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(map);
        return Items(items, static (item, map) => map(item), map);
    }

    /// <summary>
    /// The items mapped with <paramref name="state"/> handed to each call, so a caller's context needs
    /// no closure per call; the same array when every item maps to itself.
    /// </summary>
    public static ImmutableArray<T> Items<T, TState>(ImmutableArray<T> items, Func<T, TState, T> map, TState state)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(map);
        ImmutableArray<T>.Builder? changed = null;
        for (var i = 0; i < items.Length; i++)
        {
            var mapped = map(items[i], state);
            if (changed is null && !ReferenceEquals(mapped, items[i]))
            {
                changed = ImmutableArray.CreateBuilder<T>(items.Length);
                changed.AddRange(items, i);
            }

            changed?.Add(mapped);
        }

        return changed is null ? items : changed.MoveToImmutable();
    }

    /// <summary>
    /// The block with <paramref name="inlines"/> applied to each inline sequence it holds (a figure's
    /// caption, a division's head) and <paramref name="child"/> to a division's blocks.
    /// </summary>
    public static Block Inlines(Block block, Func<ImmutableArray<Inline>, ImmutableArray<Inline>> inlines, Func<Block, Block> child)
    {
        ArgumentNullException.ThrowIfNull(inlines);
        return Inlines(block, static (content, inlines) => inlines(content), inlines, child);
    }

    /// <summary>
    /// <see cref="Inlines(Block, Func{ImmutableArray{Inline}, ImmutableArray{Inline}}, Func{Block, Block})"/>
    /// with <paramref name="state"/> handed to each call of <paramref name="inlines"/>.
    /// </summary>
    public static Block Inlines<TState>(Block block, Func<ImmutableArray<Inline>, TState, ImmutableArray<Inline>> inlines, TState state, Func<Block, Block> child)
    {
        ArgumentNullException.ThrowIfNull(inlines);
        switch (block)
        {
            case Paragraph p:
                var paragraph = inlines(p.Content, state);
                return paragraph == p.Content ? p : p with { Content = paragraph };
            case Heading h:
                var heading = inlines(h.Content, state);
                return heading == h.Content ? h : h with { Content = heading };
            case Quotation q:
                var quoted = inlines(q.Content, state);
                return quoted == q.Content ? q : q with { Content = quoted };
            case ListItem l:
                var item = inlines(l.Content, state);
                return item == l.Content ? l : l with { Content = item };
            case BibliographyEntry b:
                var entry = inlines(b.Content, state);
                return entry == b.Content ? b : b with { Content = entry };
            case ContentBlock c:
                var other = inlines(c.Content, state);
                return other == c.Content ? c : c with { Content = other };
            case Figure f:
                var caption = inlines(f.Caption, state);
                return caption == f.Caption ? f : f with { Caption = caption };
            case Division d:
                var head = d.Head is null ? null : (Heading)Inlines(d.Head, inlines, state, child);
                var content = Items(d.Content, child);
                return ReferenceEquals(head, d.Head) && content == d.Content ? d : d with { Head = head, Content = content };
            default:
                return block;
        }
    }

    /// <summary>
    /// For an inline that holds inlines (styled text, a link, a cross-reference, a reference, a
    /// bibliographic field): true, and the inline with <paramref name="inlines"/> applied to its
    /// content. False for every other inline, notes included (they hold blocks).
    /// </summary>
    public static bool TryContent(Inline inline, Func<ImmutableArray<Inline>, ImmutableArray<Inline>> inlines, out Inline mapped)
    {
        ArgumentNullException.ThrowIfNull(inlines);
        return TryContent(inline, static (content, inlines) => inlines(content), inlines, out mapped);
    }

    /// <summary>
    /// <see cref="TryContent(Inline, Func{ImmutableArray{Inline}, ImmutableArray{Inline}}, out Inline)"/>
    /// with <paramref name="state"/> handed to each call of <paramref name="inlines"/>.
    /// </summary>
    public static bool TryContent<TState>(Inline inline, Func<ImmutableArray<Inline>, TState, ImmutableArray<Inline>> inlines, TState state, out Inline mapped)
    {
        ArgumentNullException.ThrowIfNull(inlines);
        switch (inline)
        {
            case Styled s:
                var styled = inlines(s.Content, state);
                mapped = styled == s.Content ? s : s with { Content = styled };
                return true;
            case Link l:
                var link = inlines(l.Content, state);
                mapped = link == l.Content ? l : l with { Content = link };
                return true;
            case CrossReference c:
                var cross = inlines(c.Content, state);
                mapped = cross == c.Content ? c : c with { Content = cross };
                return true;
            case Reference r:
                var reference = inlines(r.Content, state);
                mapped = reference == r.Content ? r : r with { Content = reference };
                return true;
            case BibField f:
                var field = inlines(f.Content, state);
                mapped = field == f.Content ? f : f with { Content = field };
                return true;
            default:
                mapped = inline;
                return false;
        }
    }
}

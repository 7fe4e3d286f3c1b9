using System.Collections.Immutable;

namespace Pipeline.Model;

/// <summary>
/// Reads a document's nodes in reading order at any depth (notes' blocks, divisions' heads, styled
/// text, links, references, fields), with an explicit stack so depth costs no recursion.
/// </summary>
public static class ModelQuery
{
    /// <summary>Every inline of the document, each before the inlines and blocks it holds.</summary>
    public static IEnumerable<Inline> Inlines(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Walk(document.Blocks).OfType<Inline>();
    }

    /// <summary>Every inline of <paramref name="inlines"/> at any depth, each before what it holds.</summary>
    public static IEnumerable<Inline> Inlines(ImmutableArray<Inline> inlines) => Walk(inlines).OfType<Inline>();

    /// <summary>Every block of the document, notes' blocks included, each before the blocks it holds.</summary>
    public static IEnumerable<Block> Blocks(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Walk(document.Blocks).OfType<Block>();
    }

    private static IEnumerable<object> Walk<T>(ImmutableArray<T> roots)
        where T : class
    {
        var pending = new Stack<object>();
        PushAll(pending, roots);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            switch (node)
            {
                case Division division:
                    PushAll(pending, division.Content);
                    if (division.Head is { } head)
                    {
                        pending.Push(head);
                    }

                    break;
                case Note note:
                    PushAll(pending, note.Content);
                    break;
                case Block block:
                    ModelMap.Inlines(block, static (inlines, stack) => Pushed(stack, inlines), pending, static block => block);
                    break;
                case Inline inline:
                    ModelMap.TryContent(inline, static (inlines, stack) => Pushed(stack, inlines), pending, out _);
                    break;
                default:
                    break;
            }
        }
    }

    private static ImmutableArray<Inline> Pushed(Stack<object> pending, ImmutableArray<Inline> inlines)
    {
        PushAll(pending, inlines);
        return inlines;
    }

    // Pushed last to first, so the first pops first and the walk keeps reading order.
    private static void PushAll<T>(Stack<object> pending, ImmutableArray<T> items)
        where T : class
    {
        if (items.IsDefault)
        {
            return;
        }

        for (var i = items.Length - 1; i >= 0; i--)
        {
            pending.Push(items[i]);
        }
    }
}

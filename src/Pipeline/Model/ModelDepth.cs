using System.Collections.Immutable;

namespace Pipeline.Model;

/// <summary>
/// How deep a document's containers nest (divisions, notes, styled text, links, references …),
/// measured with an explicit stack. The converter checks every reader's result with it, so the
/// stages and the writer, which recurse over the model, never meet a depth the reader let through.
/// </summary>
public static class ModelDepth
{
    /// <summary>True when some container of <paramref name="document"/> lies deeper than <paramref name="maxDepth"/>.</summary>
    public static bool Exceeds(Document document, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(document);
        var pending = new Stack<(object Node, int Depth)>();
        foreach (var block in document.Blocks.OrEmpty())
        {
            pending.Push((block, 0));
        }

        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > maxDepth)
            {
                return true;
            }

            switch (node)
            {
                case Division division:
                    if (division.Head is { } head)
                    {
                        pending.Push((head, depth + 1));
                    }

                    PushAll(pending, division.Content, depth + 1);
                    break;
                case Block block:
                    PushAll(pending, ContentOf(block), depth + 1);
                    break;
                case Note note:
                    PushAll(pending, note.Content, depth + 1);
                    break;
                case Inline inline:
                    PushAll(pending, ContentOf(inline), depth + 1);
                    break;
                default:
                    break;
            }
        }

        return false;
    }

    private static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> items) => items.IsDefault ? [] : items;

    private static void PushAll<T>(Stack<(object Node, int Depth)> pending, ImmutableArray<T> items, int depth)
        where T : class
    {
        foreach (var item in items.OrEmpty())
        {
            pending.Push((item, depth));
        }
    }

    private static ImmutableArray<Inline> ContentOf(Block block) => block switch
    {
        Heading h => h.Content,
        Paragraph p => p.Content,
        ListItem l => l.Content,
        ContentBlock c => c.Content,
        Figure f => f.Caption,
        BibliographyEntry b => b.Content,
        _ => [],
    };

    private static ImmutableArray<Inline> ContentOf(Inline inline) => inline switch
    {
        Styled s => s.Content,
        Link l => l.Content,
        CrossReference c => c.Content,
        Reference r => r.Content,
        BibField f => f.Content,
        _ => [],
    };
}

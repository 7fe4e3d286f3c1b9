using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.Citations;

/// <summary>The ids a cross-reference may point to: divisions, figures, notes and entries.</summary>
internal static class DocumentIds
{
    public static ImmutableHashSet<string> Collect(Document document)
    {
        var ids = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        Visit(document.Blocks, ids);
        new DocumentRewriter(
            note =>
            {
                ids.Add(note.Id);
                return note;
            },
            entry => entry).Rewrite(document);
        return ids.ToImmutable();
    }

    private static void Visit(ImmutableArray<Block> blocks, ImmutableHashSet<string>.Builder ids)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Division d:
                    ids.Add(d.Id);
                    Visit(d.Content, ids);
                    break;
                case Figure f:
                    ids.Add(f.Id);
                    break;
                case BibliographyEntry e:
                    ids.Add(e.Id);
                    break;
                default:
                    break;
            }
        }
    }
}

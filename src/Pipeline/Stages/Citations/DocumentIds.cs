using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.Citations;

/// <summary>The ids a cross-reference may point to: divisions, figures, notes and entries.</summary>
internal static class DocumentIds
{
    /// <summary>The ids of <paramref name="document"/>, given its placed notes (collected by the caller's walk).</summary>
    public static IReadOnlySet<string> Collect(Document document, IEnumerable<Note> notes)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Visit(document.Blocks, ids);
        foreach (var note in notes)
        {
            ids.Add(note.Id);
        }

        return ids;
    }

    private static void Visit(ImmutableArray<Block> blocks, HashSet<string> ids)
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

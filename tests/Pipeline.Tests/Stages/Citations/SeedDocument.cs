using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>Finds the notes and bibliography entries of a document, in reading order.</summary>
internal static class SeedDocument
{
    /// <summary>Every note of a document by label, in reading order.</summary>
    public static ImmutableArray<Note> Notes(Document document)
    {
        var output = ImmutableArray.CreateBuilder<Note>();
        foreach (var block in Flatten(document.Blocks))
        {
            var inlines = block switch
            {
                Paragraph p => p.Content,
                ListItem l => l.Content,
                Heading h => h.Content,
                _ => [],
            };
            output.AddRange(NotesIn(inlines));
        }

        return output.ToImmutable();
    }

    public static ImmutableArray<BibliographyEntry> Entries(Document document) =>
        [.. Flatten(document.Blocks).OfType<BibliographyEntry>()];

    private static IEnumerable<Block> Flatten(ImmutableArray<Block> blocks)
    {
        foreach (var block in blocks)
        {
            yield return block;
            if (block is Division d)
            {
                foreach (var inner in Flatten(d.Content))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<Note> NotesIn(ImmutableArray<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Note n:
                    yield return n;
                    break;
                case Styled s:
                    foreach (var inner in NotesIn(s.Content))
                    {
                        yield return inner;
                    }

                    break;
                default:
                    break;
            }
        }
    }
}

using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>
/// The seed essay in the shape the reader's footnote and structure stages give it: each note a
/// <see cref="Note"/> at a call-out, the appendices and the bibliography as divisions. Built from
/// document.md so the citation tests run on the real note and entry texts.
/// </summary>
internal static class SeedDocument
{
    public static Document Build() => Build(SeedText.Notes(), SeedText.Entries());

    public static Document Build(
        ImmutableArray<(int Number, int Line, ImmutableArray<Inline> Content)> notes,
        ImmutableArray<(int Line, ImmutableArray<Inline> Content)> entries)
    {
        var body = notes.Select(n => (Block)new Paragraph(
            [new Text($"Sentence {n.Number}."), new Note(n.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), $"note-{n.Number}", [new Paragraph(n.Content, new SourceSpan(n.Line, n.Line, 0))])],
            new SourceSpan(n.Line, n.Line, 0)));
        var bibliography = new Division(
            DivisionKind.Bibliography,
            "bibliography",
            new Heading(2, [new Text("Bibliography")], new SourceSpan(251, 251, 0)),
            [.. entries.Select((e, i) => (Block)new BibliographyEntry($"bibl-{i + 1}", e.Content, null, new SourceSpan(e.Line, e.Line, 0)))],
            new SourceSpan(251, 291, 0));
        return new Document
        {
            Id = "seed-essay",
            SourceDirectory = Path.GetDirectoryName(SeedText.DocumentPath)!,
            Blocks =
            [
                .. body,
                new Division(DivisionKind.Appendix, "appendix-1", null, [new Paragraph([new Text("The 'Secret Speech'")], new SourceSpan(217, 217, 0))], new SourceSpan(217, 221, 0)),
                new Division(DivisionKind.Appendix, "appendix-2", null, [new Paragraph([new Text("Re-naming Soviet Towns")], new SourceSpan(225, 225, 0))], new SourceSpan(225, 249, 0)),
                bibliography,
            ],
        };
    }

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

using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.Dehyphenation;

/// <summary>
/// Applies a function to every inline sequence a block holds (paragraphs, headings, list items,
/// footnotes, captions, bibliography entries, divisions and their heads) and to the title and
/// abstract. Notes inside inlines are the sequence function's business.
/// </summary>
internal static class BlockInlines
{
    public static Document Map(Document document, Func<ImmutableArray<Inline>, ImmutableArray<Inline>> map) =>
        document with
        {
            Metadata = document.Metadata with
            {
                Title = map(document.Metadata.Title),
                Abstract = [.. document.Metadata.Abstract.Select(p => p with { Content = map(p.Content) })],
            },
            Blocks = Map(document.Blocks, map),
        };

    public static ImmutableArray<Block> Map(ImmutableArray<Block> blocks, Func<ImmutableArray<Inline>, ImmutableArray<Inline>> map) =>
        [.. blocks.Select(block => Map(block, map))];

    private static Block Map(Block block, Func<ImmutableArray<Inline>, ImmutableArray<Inline>> map) => block switch
    {
        Paragraph p => p with { Content = map(p.Content) },
        Heading h => MapHeading(h, map),
        ListItem l => l with { Content = map(l.Content) },
        FootnoteText f => f with { Content = map(f.Content) },
        FootnoteContinuation c => c with { Content = map(c.Content) },
        Division d => d with { Head = d.Head is null ? null : MapHeading(d.Head, map), Content = Map(d.Content, map) },
        Figure f => f with { Caption = map(f.Caption) },
        BibliographyEntry b => b with { Content = map(b.Content) },
        _ => block,
    };

    private static Heading MapHeading(Heading heading, Func<ImmutableArray<Inline>, ImmutableArray<Inline>> map) =>
        heading with { Content = map(heading.Content) };
}

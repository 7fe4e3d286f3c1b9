using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>Reads structured citations back out of inlines.</summary>
internal static class CitationQueries
{
    public static ImmutableArray<Reference> References(Note note) =>
        [.. note.Content.OfType<Paragraph>().SelectMany(p => Descendants(p.Content)).OfType<Reference>()];

    public static ImmutableArray<CrossReference> CrossReferences(Note note) =>
        [.. note.Content.OfType<Paragraph>().SelectMany(p => Descendants(p.Content)).OfType<CrossReference>()];

    public static ImmutableArray<BibField> Fields(ImmutableArray<Inline> inlines) => [.. Descendants(inlines).OfType<BibField>()];

    public static string Plain(ImmutableArray<Inline> inlines) => string.Concat(inlines.Select(Plain));

    public static string Plain(Inline inline) => inline switch
    {
        Text t => t.Value,
        Styled s => Plain(s.Content),
        Link l => Plain(l.Content),
        LineEnd => " ",
        CrossReference c => Plain(c.Content),
        Reference r => Plain(r.Content),
        BibField f => Plain(f.Content),
        _ => string.Empty,
    };

    public static string NotePlain(Note note) => string.Join("\n", note.Content.OfType<Paragraph>().Select(p => Plain(p.Content)));

    private static IEnumerable<Inline> Descendants(ImmutableArray<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            yield return inline;
            var children = inline switch
            {
                Styled s => s.Content,
                Link l => l.Content,
                CrossReference c => c.Content,
                Reference r => r.Content,
                BibField f => f.Content,
                _ => [],
            };
            foreach (var child in Descendants(children))
            {
                yield return child;
            }
        }
    }
}

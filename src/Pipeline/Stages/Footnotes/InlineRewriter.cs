using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.Footnotes;

/// <summary>Applies an inline replacement to every inline of a block tree, descending into containers.</summary>
internal sealed class InlineRewriter
{
    private readonly Func<Inline, Inline> _replace;

    /// <param name="replace">Called for every leaf inline and returns its replacement.</param>
    public InlineRewriter(Func<Inline, Inline> replace) => _replace = replace;

    public Block Rewrite(Block block) =>
        block switch
        {
            Paragraph paragraph => paragraph with { Content = Rewrite(paragraph.Content) },
            Heading heading => heading with { Content = Rewrite(heading.Content) },
            ListItem item => item with { Content = Rewrite(item.Content) },
            FootnoteText note => note with { Content = Rewrite(note.Content) },
            FootnoteContinuation continuation => continuation with { Content = Rewrite(continuation.Content) },
            BibliographyEntry entry => entry with { Content = Rewrite(entry.Content) },
            Figure figure => figure with { Caption = Rewrite(figure.Caption) },
            Division division => division with
            {
                Head = division.Head is null ? null : (Heading)Rewrite(division.Head),
                Content = [.. division.Content.Select(Rewrite)],
            },
            _ => block,
        };

    public ImmutableArray<Inline> Rewrite(ImmutableArray<Inline> inlines)
    {
        var builder = ImmutableArray.CreateBuilder<Inline>(inlines.Length);
        foreach (var inline in inlines)
        {
            builder.Add(inline switch
            {
                Styled styled => styled with { Content = Rewrite(styled.Content) },
                Link link => link with { Content = Rewrite(link.Content) },
                CrossReference reference => reference with { Content = Rewrite(reference.Content) },
                Reference reference => reference with { Content = Rewrite(reference.Content) },
                BibField field => field with { Content = Rewrite(field.Content) },
                Note note => note with { Content = [.. note.Content.Select(Rewrite)] },
                _ => _replace(inline),
            });
        }

        return builder.MoveToImmutable();
    }
}

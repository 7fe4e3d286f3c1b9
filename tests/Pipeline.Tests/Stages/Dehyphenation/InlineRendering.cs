using System.Text;
using Pipeline.Model;

namespace Pipeline.Tests.Stages.Dehyphenation;

/// <summary>
/// Renders inlines structurally (each Text node quoted, containers as tags) so tests compare trees
/// by content: the model's ImmutableArray members compare by reference.
/// </summary>
internal static class InlineRendering
{
    public static string Render(IEnumerable<Inline> inlines)
    {
        var builder = new StringBuilder();
        foreach (var inline in inlines)
        {
            builder.Append(inline switch
            {
                Text t => $"\"{t.Value}\"",
                Styled s => $"<{s.Style}>{Render(s.Content)}</{s.Style}>",
                Link l => $"<link {l.Target}>{Render(l.Content)}</link>",
                BibField f => $"<{f.Kind}>{Render(f.Content)}</{f.Kind}>",
                CrossReference c => $"<ref {c.TargetId}>{Render(c.Content)}</ref>",
                Reference r => $"<bibl>{Render(r.Content)}</bibl>",
                LineEnd e => $"[{e.Kind}:{e.Line}]",
                NoteCall n => $"[^{n.Label}]",
                Note n => $"[note {n.Label}]",
                _ => inline.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>The visible text of inlines, containers flattened, line ends as a newline.</summary>
    public static string PlainText(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(inline => inline switch
    {
        Text t => t.Value,
        LineEnd => "\n",
        _ when ChildrenOf(inline) is { } children => PlainText(children),
        _ => string.Empty,
    }));

    private static IEnumerable<Inline>? ChildrenOf(Inline inline) => inline switch
    {
        Styled s => s.Content,
        Link l => l.Content,
        BibField f => f.Content,
        CrossReference c => c.Content,
        Reference r => r.Content,
        _ => null,
    };

    public static void AssertInlines(IEnumerable<Inline> expected, IEnumerable<Inline> actual) =>
        Assert.Equal(Render(expected), Render(actual));
}

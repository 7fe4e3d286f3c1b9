using System.Collections.Immutable;
using System.Text;
using Pipeline.Model;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Flattens inlines to text. The same measure is used to slice inlines, so a range in the text is a
/// range in the inlines.
/// </summary>
internal static class InlineText
{
    public static FlatText Flatten(ImmutableArray<Inline> inlines)
    {
        var text = new StringBuilder();
        var italics = ImmutableArray.CreateBuilder<TextRange>();
        var links = ImmutableArray.CreateBuilder<FlatLink>();
        Append(inlines, text, italics, links);
        return new FlatText(text.ToString(), [.. italics.OrderBy(r => r.Start)], [.. links.OrderBy(l => l.Range.Start)]);
    }

    public static string Plain(ImmutableArray<Inline> inlines)
    {
        var text = new StringBuilder();
        Append(inlines, text, null, null);
        return text.ToString();
    }

    /// <summary>The number of characters an inline contributes to the flattened text.</summary>
    public static int Length(Inline inline) => inline switch
    {
        Text t => t.Value.Length,
        Styled s => Length(s.Content),
        Link l => Length(l.Content),
        LineEnd => 1,
        CrossReference c => Length(c.Content),
        Reference r => Length(r.Content),
        BibField f => Length(f.Content),
        _ => 0,
    };

    public static int Length(ImmutableArray<Inline> inlines) => inlines.Sum(Length);

    private static void Append(
        ImmutableArray<Inline> inlines,
        StringBuilder text,
        ImmutableArray<TextRange>.Builder? italics,
        ImmutableArray<FlatLink>.Builder? links)
    {
        foreach (var inline in inlines)
        {
            var start = text.Length;
            switch (inline)
            {
                case Text t:
                    text.Append(t.Value);
                    break;
                case Styled s:
                    Append(s.Content, text, italics, links);
                    if (s.Style == TextStyle.Italic)
                    {
                        italics?.Add(new TextRange(start, text.Length));
                    }

                    break;
                case Link l:
                    Append(l.Content, text, null, null);
                    links?.Add(new FlatLink(new TextRange(start, text.Length), l.Target));
                    break;
                case LineEnd:
                    // An unresolved line end reads as the space it most often is.
                    text.Append(' ');
                    break;
                case CrossReference c:
                    Append(c.Content, text, italics, links);
                    break;
                case Reference r:
                    Append(r.Content, text, italics, links);
                    break;
                case BibField f:
                    Append(f.Content, text, italics, links);
                    break;
                default:
                    break;
            }
        }
    }
}

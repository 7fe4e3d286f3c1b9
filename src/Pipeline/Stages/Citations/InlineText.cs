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

    public static int Length(ImmutableArray<Inline> inlines)
    {
        var length = 0;
        foreach (var inline in inlines)
        {
            length += Length(inline);
        }

        return length;
    }

    /// <summary>
    /// True when <paramref name="inlines"/> flatten to exactly <paramref name="text"/>, compared piece
    /// by piece without building the string. The flattened text is also the inlines' <see cref="PlainText"/>.
    /// </summary>
    public static bool Reads(ImmutableArray<Inline> inlines, string text)
    {
        var position = 0;
        return Matches(inlines, text, ref position) && position == text.Length;
    }

    private static bool Matches(ImmutableArray<Inline> inlines, string text, ref int position)
    {
        foreach (var inline in inlines)
        {
            var matches = inline switch
            {
                Text t => MatchesAt(text, ref position, t.Value),
                Styled s => Matches(s.Content, text, ref position),
                Link l => Matches(l.Content, text, ref position),
                LineEnd => MatchesAt(text, ref position, " "),
                CrossReference c => Matches(c.Content, text, ref position),
                Reference r => Matches(r.Content, text, ref position),
                BibField f => Matches(f.Content, text, ref position),
                _ => true,
            };
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    private static bool MatchesAt(string text, ref int position, string piece)
    {
        if (!text.AsSpan(position).StartsWith(piece, StringComparison.Ordinal))
        {
            return false;
        }

        position += piece.Length;
        return true;
    }

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

using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Flattens inlines to text. The same measure is used to slice inlines, so a range in the text is a
/// range in the inlines.
/// </summary>
internal static class InlineText
{
    public static FlatText Flatten(ImmutableArray<Inline> inlines, FlatteningScratch scratch)
    {
        var italics = scratch.Italics;
        var links = scratch.Links;
        italics.Clear();
        links.Clear();

        // The text is written straight into a string of the length the inlines measure.
        var text = string.Create(Length(inlines), (inlines, italics, links), static (span, state) =>
        {
            var position = 0;
            Append(state.inlines, span, ref position, state.italics, state.links);
        });
        return new FlatText(text, JoinAdjacent(text, InOrder(italics, r => r.Start)), InOrder(links, l => l.Range.Start));
    }

    /// <summary>
    /// Italic runs parted only by a space ("*Naked and* *Alone in a Strange New World*", as PDF text
    /// often splits a title at a line end, or mid-word, "*An**nals*") read as one run; so do runs whose
    /// space is italic itself ("*Being a *", "*,* * and Incidents*"), and a title's subtitle after an
    /// italic semicolon or colon ("*The Harbour Board;* *Its History*").
    /// </summary>
    private static ImmutableArray<TextRange> JoinAdjacent(string text, ImmutableArray<TextRange> italics)
    {
        ImmutableArray<TextRange>.Builder? joined = null;
        for (var i = 1; i < italics.Length; i++)
        {
            var previous = joined is null ? italics[i - 1] : joined[^1];
            var current = italics[i];
            if (current.Length == 0)
            {
                // An empty italic run (a PDF's styled space that held nothing) parts nothing.
                if (joined is null)
                {
                    joined = ImmutableArray.CreateBuilder<TextRange>(italics.Length);
                    joined.AddRange(italics, i);
                }

                continue;
            }

            var adjacent = current.Start >= previous.End && current.Start - previous.End <= 2 && previous.Length > 0
                && text.AsSpan(previous.End, current.Start - previous.End).IsWhiteSpace()
                && Continues(text, previous, current);
            if (adjacent)
            {
                if (joined is null)
                {
                    joined = ImmutableArray.CreateBuilder<TextRange>(italics.Length);
                    joined.AddRange(italics, i);
                }

                joined[^1] = new TextRange(previous.Start, current.End);
            }
            else
            {
                joined?.Add(current);
            }
        }

        return joined is null ? italics : joined.ToImmutable();
    }

    /// <summary>
    /// True when the italic run <paramref name="current"/> goes on with the title of <paramref name="previous"/>.
    /// A run ending in other punctuation ends its title: "*Letters …,* *op. cit.*" are two runs.
    /// </summary>
    private static bool Continues(string text, TextRange previous, TextRange current)
    {
        var last = text[previous.End - 1];
        if (char.IsLetterOrDigit(last) || char.IsWhiteSpace(last) || (current.Start == previous.End && char.IsWhiteSpace(text[current.Start])))
        {
            return true;
        }

        var next = current.Start;
        while (next < current.End && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return last is ';' or ':' && next < current.End && char.IsUpper(text[next]);
    }

    /// <summary>The items by where they start (the outer of nested italics is found after the inner).</summary>
    private static ImmutableArray<T> InOrder<T>(ImmutableArray<T>.Builder items, Func<T, int> start)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (start(items[i]) < start(items[i - 1]))
            {
                return [.. items.OrderBy(start)];
            }
        }

        return items.ToImmutable();
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
        Span<char> text,
        ref int position,
        ImmutableArray<TextRange>.Builder? italics,
        ImmutableArray<FlatLink>.Builder? links)
    {
        foreach (var inline in inlines)
        {
            var start = position;
            switch (inline)
            {
                case Text t:
                    t.Value.CopyTo(text[position..]);
                    position += t.Value.Length;
                    break;
                case Styled s:
                    Append(s.Content, text, ref position, italics, links);
                    if (s.Style == TextStyle.Italic)
                    {
                        italics?.Add(new TextRange(start, position));
                    }

                    break;
                case Link l:
                    Append(l.Content, text, ref position, null, null);
                    links?.Add(new FlatLink(new TextRange(start, position), l.Target));
                    break;
                case LineEnd:
                    // An unresolved line end reads as the space it most often is.
                    text[position++] = ' ';
                    break;
                case CrossReference c:
                    Append(c.Content, text, ref position, italics, links);
                    break;
                case Reference r:
                    Append(r.Content, text, ref position, italics, links);
                    break;
                case BibField f:
                    Append(f.Content, text, ref position, italics, links);
                    break;
                default:
                    break;
            }
        }
    }
}

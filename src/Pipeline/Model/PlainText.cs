using System.Collections.Immutable;
using System.Text;

namespace Pipeline.Model;

/// <summary>
/// The visible words of inline content, for decisions that depend on what the text says: styled and
/// linked text in place, line ends as spaces, call-outs and notes left out (they are not part of the
/// sentence).
/// </summary>
internal static class PlainText
{
    public static string Of(IEnumerable<Inline> inlines)
    {
        var builder = new StringBuilder();
        Append(builder, inlines);
        return builder.ToString();
    }

    /// <summary>
    /// Appends the text <see cref="Of"/> would give, but stops once <paramref name="builder"/> holds
    /// more than <paramref name="maxLength"/> characters; returns false when it stopped early.
    /// </summary>
    public static bool AppendUpTo(StringBuilder builder, ReadOnlySpan<Inline> inlines, int maxLength)
    {
        foreach (var inline in inlines)
        {
            var complete = inline switch
            {
                Text text => Append(builder, text.Value.AsSpan(0, Math.Min(text.Value.Length, maxLength + 1 - builder.Length))),
                Styled styled => AppendUpTo(builder, styled.Content, maxLength),
                Link link => AppendUpTo(builder, link.Content, maxLength),
                CrossReference cross => AppendUpTo(builder, cross.Content, maxLength),
                Reference reference => AppendUpTo(builder, reference.Content, maxLength),
                BibField field => AppendUpTo(builder, field.Content, maxLength),
                LineEnd => Append(builder, " "),
                _ => true,
            };
            if (!complete || builder.Length > maxLength)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AppendUpTo(StringBuilder builder, ImmutableArray<Inline> inlines, int maxLength) =>
        inlines.IsDefault || AppendUpTo(builder, inlines.AsSpan(), maxLength);

    private static bool Append(StringBuilder builder, ReadOnlySpan<char> value)
    {
        builder.Append(value);
        return true;
    }

    /// <summary>
    /// The first character of <see cref="Of"/> that <paramref name="skip"/> does not accept, or null
    /// when there is none: enough for a test on a block's opening without building its whole text.
    /// </summary>
    public static char? First(ImmutableArray<Inline> inlines, Func<char, bool> skip)
    {
        if (inlines.IsDefault)
        {
            return null;
        }

        foreach (var inline in inlines)
        {
            if (Edge(inline, skip, fromEnd: false) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The last character of <see cref="Of"/> that <paramref name="skip"/> does not accept, or null.</summary>
    public static char? Last(ImmutableArray<Inline> inlines, Func<char, bool> skip)
    {
        if (inlines.IsDefault)
        {
            return null;
        }

        for (var i = inlines.Length - 1; i >= 0; i--)
        {
            if (Edge(inlines[i], skip, fromEnd: true) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static char? Edge(Inline inline, Func<char, bool> skip, bool fromEnd) =>
        inline switch
        {
            Text text => Edge(text.Value, skip, fromEnd),
            Styled styled => Edge(styled.Content, skip, fromEnd),
            Link link => Edge(link.Content, skip, fromEnd),
            CrossReference cross => Edge(cross.Content, skip, fromEnd),
            Reference reference => Edge(reference.Content, skip, fromEnd),
            BibField field => Edge(field.Content, skip, fromEnd),
            LineEnd => skip(' ') ? null : ' ',
            _ => null,
        };

    private static char? Edge(ImmutableArray<Inline> inlines, Func<char, bool> skip, bool fromEnd) =>
        fromEnd ? Last(inlines, skip) : First(inlines, skip);

    private static char? Edge(string value, Func<char, bool> skip, bool fromEnd)
    {
        for (var k = 0; k < value.Length; k++)
        {
            var c = value[fromEnd ? value.Length - 1 - k : k];
            if (!skip(c))
            {
                return c;
            }
        }

        return null;
    }

    private static void Append(StringBuilder builder, IEnumerable<Inline> inlines)
    {
        if (inlines is ImmutableArray<Inline> { IsDefault: true })
        {
            return;
        }

        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text text:
                    builder.Append(text.Value);
                    break;
                case Styled styled:
                    Append(builder, styled.Content);
                    break;
                case Link link:
                    Append(builder, link.Content);
                    break;
                case CrossReference cross:
                    Append(builder, cross.Content);
                    break;
                case Reference reference:
                    Append(builder, reference.Content);
                    break;
                case BibField field:
                    Append(builder, field.Content);
                    break;
                case LineEnd:
                    builder.Append(' ');
                    break;
                default:
                    break;
            }
        }
    }
}

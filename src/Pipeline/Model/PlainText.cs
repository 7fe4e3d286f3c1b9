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
    /// The first character of <see cref="Of"/> that is not white space, or <c>'\0'</c> when there is
    /// none: enough to rule a long block out of a test on its opening words without building its text.
    /// </summary>
    public static char FirstNonBlank(ImmutableArray<Inline> inlines)
    {
        if (inlines.IsDefault)
        {
            return '\0';
        }

        foreach (var inline in inlines)
        {
            var first = inline switch
            {
                Text text => FirstNonBlank(text.Value),
                Styled styled => FirstNonBlank(styled.Content),
                Link link => FirstNonBlank(link.Content),
                CrossReference cross => FirstNonBlank(cross.Content),
                Reference reference => FirstNonBlank(reference.Content),
                BibField field => FirstNonBlank(field.Content),
                _ => '\0',
            };
            if (first != '\0')
            {
                return first;
            }
        }

        return '\0';
    }

    private static char FirstNonBlank(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c))
            {
                return c;
            }
        }

        return '\0';
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

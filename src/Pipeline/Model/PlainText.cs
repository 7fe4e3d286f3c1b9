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

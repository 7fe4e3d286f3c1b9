using System.Collections.Immutable;
using System.Text;
using Pipeline.Model;

namespace Pipeline.Writing.Tei;

/// <summary>The visible words of inline content, for decisions that depend on what the text says.</summary>
internal static class PlainText
{
    public static string Of(ImmutableArray<Inline> inlines)
    {
        var builder = new StringBuilder();
        Append(builder, inlines);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ImmutableArray<Inline> inlines)
    {
        if (inlines.IsDefault)
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

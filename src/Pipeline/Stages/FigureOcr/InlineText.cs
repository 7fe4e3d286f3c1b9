using System.Collections.Immutable;
using System.Text;
using Pipeline.Model;

namespace Pipeline.Stages.FigureOcr;

/// <summary>The plain words of scraped blocks, for comparing them with recognised text.</summary>
internal static class InlineText
{
    public static string Of(ImmutableArray<Inline> inlines)
    {
        var builder = new StringBuilder();
        Append(builder, inlines);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ImmutableArray<Inline> inlines)
    {
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
                case CrossReference reference:
                    Append(builder, reference.Content);
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
                    // Note calls and placed notes are not part of the printed clipping.
                    break;
            }
        }
    }
}

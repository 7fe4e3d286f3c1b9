using System.Collections.Immutable;
using System.Text;
using Pipeline.Model;

namespace Pipeline.Reading;

/// <summary>Plain-text views of inline content, for decisions that look at words rather than markup.</summary>
internal static class InlineText
{
    /// <summary>
    /// The visible text: styled and linked text in place, line ends as spaces, call-outs and notes
    /// left out (they are not part of the sentence).
    /// </summary>
    public static string Plain(IEnumerable<Inline> inlines)
    {
        var builder = new StringBuilder();
        Append(inlines, builder);
        return builder.ToString();
    }

    /// <summary>
    /// Splits content at its line ends (soft, hard or page) into one inline run per source line.
    /// The line ends themselves are not part of any run.
    /// </summary>
    public static List<ImmutableArray<Inline>> SplitLines(ImmutableArray<Inline> inlines)
    {
        var lines = new List<ImmutableArray<Inline>>();
        var current = ImmutableArray.CreateBuilder<Inline>();
        foreach (var inline in inlines)
        {
            if (inline is LineEnd)
            {
                lines.Add(current.ToImmutable());
                current.Clear();
            }
            else
            {
                current.Add(inline);
            }
        }

        lines.Add(current.ToImmutable());
        return lines;
    }

    private static void Append(IEnumerable<Inline> inlines, StringBuilder builder)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text text:
                    builder.Append(text.Value);
                    break;
                case Styled styled:
                    Append(styled.Content, builder);
                    break;
                case Link link:
                    Append(link.Content, builder);
                    break;
                case LineEnd:
                    builder.Append(' ');
                    break;
                case CrossReference reference:
                    Append(reference.Content, builder);
                    break;
                case Reference reference:
                    Append(reference.Content, builder);
                    break;
                case BibField field:
                    Append(field.Content, builder);
                    break;
                default:
                    break;
            }
        }
    }
}

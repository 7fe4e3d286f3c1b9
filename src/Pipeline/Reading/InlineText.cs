using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Reading;

/// <summary>Line-by-line views of inline content, for decisions that look at source lines.</summary>
internal static class InlineText
{
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
}

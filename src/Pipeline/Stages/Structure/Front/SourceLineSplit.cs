using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.Structure.Front;

/// <summary>A paragraph's content cut at its source line ends (<see cref="LineEnd"/>), each line with its visible text.</summary>
internal static class SourceLineSplit
{
    public static List<(ImmutableArray<Inline> Content, string Text)> Lines(ImmutableArray<Inline> content)
    {
        var lines = new List<(ImmutableArray<Inline>, string)>();
        var start = 0;
        for (var i = 0; i <= content.Length; i++)
        {
            if (i < content.Length && content[i] is not LineEnd)
            {
                continue;
            }

            var line = content[start..i];
            var text = PlainText.Of(line).Trim();
            if (text.Length > 0)
            {
                lines.Add((line, text));
            }

            start = i + 1;
        }

        return lines;
    }

    /// <summary>Lines put back together with soft line ends between them, for the stages that resolve line ends.</summary>
    public static ImmutableArray<Inline> Join(IEnumerable<ImmutableArray<Inline>> lines, int firstLine)
    {
        var joined = ImmutableArray.CreateBuilder<Inline>();
        var line = firstLine;
        foreach (var content in lines)
        {
            if (joined.Count > 0)
            {
                joined.Add(new LineEnd(LineEndKind.Soft, line));
            }

            joined.AddRange(content);
            line++;
        }

        return joined.ToImmutable();
    }
}

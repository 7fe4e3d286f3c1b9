using System.Text;
using Pipeline.Model;

namespace Pipeline.Stages.PageFurniture;

/// <summary>
/// The text of a page's leading line, built only when the line could be furniture. Furniture lines
/// are short; a long line is looked at by its opening characters, and when those already rule out a
/// page number and a running head its text is given as empty, which neither test accepts.
/// </summary>
internal static class FurnitureLine
{
    /// <summary>How many opening characters of a long line are looked at.</summary>
    private const int Opening = 160;

    public static string TextOf(ReadOnlySpan<Inline> line, StringBuilder scratch)
    {
        scratch.Clear();
        if (PlainText.AppendUpTo(scratch, line, Opening))
        {
            return scratch.ToString();
        }

        Span<char> opening = stackalloc char[scratch.Length];
        scratch.CopyTo(0, opening, scratch.Length);
        return PageNumberLine.MayStartWith(opening) || RunningHeads.MayStartWith(opening) ? PlainText.Of(line.ToArray()) : string.Empty;
    }
}

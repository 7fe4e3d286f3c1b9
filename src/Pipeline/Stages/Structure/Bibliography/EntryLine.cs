using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.Structure.Bibliography;

/// <summary>One printed line of a bibliography zone: its inlines, its visible text, where it came from.</summary>
/// <param name="Content">The line's inlines, without the line end before it.</param>
/// <param name="Text">The line's visible text, as <see cref="PlainText"/> gives it (not trimmed: offsets into it cut <see cref="Content"/>).</param>
/// <param name="Before">The line end that separated it from the line before in the same paragraph; null for a paragraph's first line.</param>
/// <param name="Line">The 1-based source line, as far as the paragraph's line ends tell it.</param>
/// <param name="Page">The 1-based page the line is on.</param>
internal sealed record EntryLine(ImmutableArray<Inline> Content, string Text, LineEnd? Before, int Line, int Page)
{
    /// <summary>The lines of a paragraph, cut at its line ends; numbered from the paragraph's first line, paged by its page seams.</summary>
    public static IEnumerable<EntryLine> Of(Paragraph paragraph)
    {
        var content = paragraph.Content;
        var start = 0;
        LineEnd? before = null;
        var line = paragraph.Span.FirstLine;
        var page = paragraph.Span.Page;
        for (var i = 0; i <= content.Length; i++)
        {
            if (i < content.Length && content[i] is not LineEnd)
            {
                continue;
            }

            var piece = content[start..i];
            var text = PlainText.Of(piece);
            if (text.Trim().Length > 0 || piece.Any(inline => inline is not Model.Text))
            {
                yield return new EntryLine(piece, text, before, line, page);
            }

            if (i < content.Length)
            {
                var end = (LineEnd)content[i];
                before = end;
                line = Math.Max(line, end.Line + 1);
                page = end.Kind == LineEndKind.Page && end.NextPage > 0 ? end.NextPage : page;
            }

            start = i + 1;
        }
    }

    /// <summary>
    /// The line cut at <paramref name="offset"/> into its text, or null when the offset falls
    /// inside an inline other than plain text (a link, a styled run): those are never cut.
    /// </summary>
    public (EntryLine Head, EntryLine Tail)? CutAt(int offset)
    {
        var seen = 0;
        for (var i = 0; i < Content.Length; i++)
        {
            if (offset == seen)
            {
                return Cut(Content[..i], Content[i..]);
            }

            var length = PlainText.Of([Content[i]]).Length;
            if (offset < seen + length)
            {
                if (Content[i] is not Model.Text text)
                {
                    return null;
                }

                var head = text.Value[..(offset - seen)].TrimEnd();
                var tail = text.Value[(offset - seen)..].TrimStart();
                return Cut(
                    head.Length > 0 ? [.. Content[..i], new Model.Text(head)] : Content[..i],
                    tail.Length > 0 ? [new Model.Text(tail), .. Content[(i + 1)..]] : Content[(i + 1)..]);
            }

            seen += length;
        }

        return null;
    }

    private (EntryLine Head, EntryLine Tail) Cut(ImmutableArray<Inline> head, ImmutableArray<Inline> tail) =>
        (this with { Content = head, Text = PlainText.Of(head) }, new EntryLine(tail, PlainText.Of(tail), null, Line, Page));
}

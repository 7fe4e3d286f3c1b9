using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// A call-out the extractor printed on a line of its own above the line it belongs to. pdftotext
/// sometimes sets a raised number before the words it follows when it cuts that line at the number
/// (<c>… are written texts / 8 / recognizable as responses to recurring communication situations. /
/// Genres are …</c>): the line above stops mid-phrase, on a letter, and the line below is a short one
/// closing a sentence, where call-outs stand. Anywhere else a call-out line goes with the line above.
/// </summary>
internal static class CallOutRows
{
    public static bool BelongsBelow(TextLine above, TextLine below, ParagraphLines rules) =>
        above.Text.Length > 0 && char.IsLetter(above.Text[^1])
        && ParagraphLines.EndsSentence(below.Text) && !below.Text.EndsWith(':')
        && rules.EndsAfter(below, below.Text);

    /// <summary>The line's inlines with the held call-outs after them, or before its own call-outs so the numbering stays in order.</summary>
    public static ImmutableArray<Inline> Place(ImmutableArray<Inline> line, ImmutableArray<Inline> held) =>
        line.Any(i => i is NoteCall) ? held.AddRange(line) : line.AddRange(held);
}

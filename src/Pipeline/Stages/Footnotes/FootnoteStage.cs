using System.Collections.Immutable;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading.Layout;

namespace Pipeline.Stages.Footnotes;

/// <summary>
/// Places every footnote at its call-out (TEI Guidelines 3.9, notes in place): each
/// <see cref="NoteCall"/> becomes a <see cref="Note"/> holding the note's text, and the page-foot
/// blocks (rules, note texts) go away. Calls and notes are matched by number in document order.
/// A call without a note, a note without a call and a repeated number are errors; a note without a
/// call keeps its text as a paragraph, so nothing is dropped.
/// </summary>
internal sealed class FootnoteStage : IStage
{
    public string Name => "footnotes";

    public ValueTask<Document> RunAsync(Document document, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();

        var diagnostics = context.Diagnostics;
        var blocks = document.Blocks;
        var notes = CollectNotes(blocks, diagnostics);
        var used = new HashSet<int>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string? previousCall = null;

        Inline PlaceNote(Inline inline)
        {
            if (inline is not NoteCall call)
            {
                return inline;
            }

            var key = NoteNumber.Key(call.Label);
            if (previousCall is not null && NoteNumber.Compare(key, previousCall) < 0)
            {
                diagnostics.Warning(
                    FootnoteCodes.OutOfOrder,
                    call.Line,
                    $"call-out {call.Label} on line {call.Line} comes after call-out {previousCall}; numbers are out of order");
            }

            previousCall = key;
            if (!notes.TryGetValue(key, out var queue) || queue.Count == 0)
            {
                diagnostics.Error(FootnoteCodes.DanglingCall, call.Line, $"call-out {call.Label} on line {call.Line} has no footnote {call.Label}; kept as superscript text");
                return new Styled(TextStyle.Superscript, [new Text(call.Label)]);
            }

            var index = queue.Dequeue();
            used.Add(index);
            var note = (FootnoteText)blocks[index];
            var content = WithoutNestedCalls(note, diagnostics);
            return new Note(call.Label, UniqueId(key, ids), [new Paragraph(content, note.Span)]);
        }

        var rewriter = new CallOutRewriter(PlaceNote);
        var result = ImmutableArray.CreateBuilder<Block>(blocks.Length);
        for (var i = 0; i < blocks.Length; i++)
        {
            if (blocks[i] is not (FootRule or FootnoteText or FootnoteContinuation))
            {
                result.Add(rewriter.Rewrite(blocks[i]));
            }
        }

        KeepOrphans(blocks, used, result, diagnostics);
        return ValueTask.FromResult(document with { Blocks = result.ToImmutable() });
    }

    /// <summary>Queues note indices per number, reporting repeated and out-of-order numbers.</summary>
    private static Dictionary<string, Queue<int>> CollectNotes(ImmutableArray<Block> blocks, DiagnosticBag diagnostics)
    {
        var notes = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        string? previous = null;
        for (var i = 0; i < blocks.Length; i++)
        {
            if (blocks[i] is not FootnoteText note)
            {
                continue;
            }

            var key = NoteNumber.Key(note.Label);
            var line = note.Span.FirstLine;
            if (firstLine.TryGetValue(key, out var earlier))
            {
                diagnostics.Warning(
                    FootnoteCodes.DuplicateNumber,
                    line,
                    $"footnote {note.Label} on line {line} repeats the number of footnote {note.Label} on line {earlier}");
            }
            else
            {
                firstLine[key] = line;
            }

            if (previous is not null && NoteNumber.Compare(key, previous) < 0)
            {
                diagnostics.Warning(FootnoteCodes.OutOfOrder, line, $"footnote {note.Label} on line {line} comes after footnote {previous}; numbers are out of order");
            }

            previous = key;
            if (!notes.TryGetValue(key, out var queue))
            {
                queue = new Queue<int>();
                notes[key] = queue;
            }

            queue.Enqueue(i);
        }

        return notes;
    }

    /// <summary>Notes cannot hold notes: a call-out inside a footnote's text stays as superscript text.</summary>
    private static ImmutableArray<Inline> WithoutNestedCalls(FootnoteText note, DiagnosticBag diagnostics)
    {
        var rewriter = new CallOutRewriter(inline =>
        {
            if (inline is not NoteCall call)
            {
                return inline;
            }

            diagnostics.Warning(
                FootnoteCodes.CallInsideNote,
                call.Line,
                $"call-out {call.Label} on line {call.Line} sits inside footnote {note.Label}; kept as superscript text");
            return new Styled(TextStyle.Superscript, [new Text(call.Label)]);
        });
        return rewriter.Rewrite(note.Content, note);
    }

    private static void KeepOrphans(ImmutableArray<Block> blocks, HashSet<int> used, ImmutableArray<Block>.Builder result, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < blocks.Length; i++)
        {
            switch (blocks[i])
            {
                case FootnoteText note when !used.Contains(i):
                    diagnostics.Error(
                        FootnoteCodes.OrphanNote,
                        note.Span.FirstLine,
                        $"footnote {note.Label} on line {note.Span.FirstLine} has no call-out; its text is kept as a paragraph");
                    result.Insert(InsertionPoint(result, note.Span), new Paragraph(WithoutNestedCalls(note, diagnostics), note.Span));
                    break;
                case FootnoteContinuation continuation:
                    diagnostics.Warning(
                        FootnoteCodes.StrayContinuation,
                        continuation.Span.FirstLine,
                        $"footnote text on line {continuation.Span.FirstLine} continues no note; kept as a paragraph");
                    result.Insert(InsertionPoint(result, continuation.Span), new Paragraph(continuation.Content, continuation.Span));
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>Where a kept note text goes: after the last block that starts before it in the source.</summary>
    private static int InsertionPoint(ImmutableArray<Block>.Builder result, SourceSpan span)
    {
        var index = result.Count;
        while (index > 0 && result[index - 1].Span.FirstLine > span.FirstLine)
        {
            index--;
        }

        return index;
    }

    private static string UniqueId(string key, HashSet<string> ids)
    {
        var id = "note-" + key;
        for (var n = 2; !ids.Add(id); n++)
        {
            id = $"note-{key}-{n}";
        }

        return id;
    }
}

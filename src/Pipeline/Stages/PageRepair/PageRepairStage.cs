using System.Collections.Immutable;
using Pipeline.Model;
using Pipeline.Reading.Layout;

namespace Pipeline.Stages.PageRepair;

/// <summary>
/// Mends what page breaks cut: a body paragraph that runs on after the page's footnotes is joined to
/// its continuation on the next page, and a footnote that runs on into the next page's footnote zone
/// is joined to its continuation. The seam is kept as a <see cref="LineEndKind.Page"/> line end.
/// </summary>
internal sealed class PageRepairStage : IStage
{
    public string Name => "page-repair";

    public ValueTask<Document> RunAsync(Document document, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();

        var blocks = new List<Block?>(document.Blocks);
        JoinBodyParagraphs(blocks, context);
        JoinNoteContinuations(blocks, context);
        return ValueTask.FromResult(document with { Blocks = [.. blocks.OfType<Block>()] });
    }

    private static bool IsFoot(Block block) => block is FootRule or FootnoteText or FootnoteContinuation;

    /// <summary>
    /// Walks the pages; <c>pending</c> is the index of the last body paragraph of the pages seen so
    /// far, which may take the next page's first body paragraph as its continuation.
    /// </summary>
    private static void JoinBodyParagraphs(List<Block?> blocks, StageContext context)
    {
        int? pending = null;
        var page = int.MinValue;
        var footPage = int.MinValue;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block is null)
            {
                continue;
            }

            if (IsFoot(block))
            {
                footPage = block.Span.Page;
                continue;
            }

            // A paragraph below a page's foot rule is note text kept as a paragraph, not the body's.
            if (block.Span.Page == footPage)
            {
                continue;
            }

            var firstOfPage = block.Span.Page != page;
            page = LastPage(block);
            if (firstOfPage && pending is { } target && blocks[target] is Paragraph first && block is Paragraph second
                && SentenceEvidence.Continues(first.Content, second.Content))
            {
                blocks[target] = Join(first, second);
                blocks[i] = null;
                context.Diagnostics.Info(
                    PageRepairCodes.ParagraphJoined,
                    second.Span.FirstLine,
                    $"joined the paragraph on line {first.Span.FirstLine} (page {first.Span.Page}) with its continuation on line {second.Span.FirstLine} (page {second.Span.Page})");
                continue;
            }

            pending = block is Paragraph ? i : null;
        }
    }

    /// <summary>
    /// The page a block ends on: a paragraph its reader already carried over a page break ends on the
    /// page its last seam names, so the next page's first paragraph is not taken for its continuation again.
    /// </summary>
    private static int LastPage(Block block)
    {
        var last = block.Span.Page;
        if (block is Paragraph paragraph)
        {
            foreach (var inline in paragraph.Content)
            {
                if (inline is LineEnd { Kind: LineEndKind.Page, NextPage: > 0 } seam)
                {
                    last = Math.Max(last, seam.NextPage);
                }
            }
        }

        return last;
    }

    private static void JoinNoteContinuations(List<Block?> blocks, StageContext context)
    {
        int? lastNote = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case FootnoteText:
                    lastNote = i;
                    break;
                case FootnoteContinuation continuation when lastNote is { } target && blocks[target] is FootnoteText note:
                    blocks[target] = note with
                    {
                        Content = Seam(note.Content, note.Span.LastLine, continuation.Content, continuation.Span.Page),
                        Span = note.Span.Through(continuation.Span),
                    };
                    blocks[i] = null;
                    context.Diagnostics.Info(
                        PageRepairCodes.NoteContinued,
                        continuation.Span.FirstLine,
                        $"joined note {note.Label} (line {note.Span.FirstLine}) with its continuation on line {continuation.Span.FirstLine}");
                    break;
                case FootnoteContinuation continuation:
                    blocks[i] = new Paragraph(continuation.Content, continuation.Span);
                    context.Diagnostics.Warning(
                        PageRepairCodes.ContinuationWithoutNote,
                        continuation.Span.FirstLine,
                        $"the footnote text on line {continuation.Span.FirstLine} continues no earlier note; kept as a paragraph");
                    break;
                default:
                    break;
            }
        }
    }

    private static Paragraph Join(Paragraph first, Paragraph second) =>
        new(Seam(first.Content, first.Span.LastLine, second.Content, second.Span.Page), first.Span.Through(second.Span));

    private static ImmutableArray<Inline> Seam(ImmutableArray<Inline> before, int line, ImmutableArray<Inline> after, int nextPage) =>
        [.. before, new LineEnd(LineEndKind.Page, line) { NextPage = nextPage }, .. after];
}

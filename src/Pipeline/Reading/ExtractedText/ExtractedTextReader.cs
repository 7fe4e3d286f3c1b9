using System.Collections.Immutable;
using System.Globalization;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading.Layout;
using Pipeline.Stages.Dehyphenation;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// Reads the plain text PDF extractors print (pdftotext, with or without <c>-layout</c>; mutool) into
/// the reading-side model the seed's scrape also gives: pages from form feeds, page furniture
/// removed, paragraphs from the margins, call-outs from the note numbering, each page's notes after a
/// <see cref="FootRule"/> (a note continued from the previous page as a
/// <see cref="FootnoteContinuation"/>), endnotes where their "Notes" heading stood.
/// </summary>
internal sealed class ExtractedTextReader
{
    private readonly Lazy<IWordList?> _words;

    /// <param name="words">
    /// The dictionary that reads private-use characters (<see cref="TextGlyphs"/>), asked for only
    /// when a text has some; null: the Hunspell dictionaries de-hyphenation uses.
    /// </param>
    public ExtractedTextReader(Func<IWordList?>? words = null) =>
        _words = new(words ?? (() => HunspellWordList.TryOpen(new DehyphenationOptions(), out _)));

    public Document Read(string documentId, string sourceDirectory, string text, DiagnosticBag diagnostics)
    {
        var glyphs = TextGlyphs.Read(text, () => _words.Value, diagnostics);
        var pages = TextPages.Split(text, glyphs, diagnostics);
        var furniture = PageEdges.Remove(pages, diagnostics);
        var parts = NoteZones.Find(pages, diagnostics, () => _words.Value);
        InterleavedColumns.Repair(parts, diagnostics);
        QuotedCallOutPieces.Repair(parts, parts.SelectMany(p => p.Notes.Concat(p.Endnotes)).Select(n => n.Number).ToHashSet(), diagnostics);
        SwappedCallOuts.Repair(parts, parts.SelectMany(p => p.Notes.Concat(p.Endnotes)).Select(n => n.Number).ToHashSet(), diagnostics);
        return new Document
        {
            Id = documentId,
            SourceDirectory = sourceDirectory,
            Blocks = Blocks(parts, diagnostics),
            PageLabels = PrintedPageNumbers.From(furniture),
        };
    }

    private static ImmutableArray<Block> Blocks(List<PageParts> parts, DiagnosticBag diagnostics)
    {
        var numbers = parts.SelectMany(p => p.Notes.Concat(p.Endnotes)).Select(n => n.Number).ToList();
        var sequence = new NoteSequence(numbers);
        var inlines = new LineInlines(sequence, diagnostics, SpacedWordCallOuts.Find(parts));
        var paragraphs = ParagraphLines.For(parts.SelectMany(p => p.Body));
        var endnotes = parts.Any(p => p.Endnotes.Count > 0);
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var notesSoFar = 0;
        // A foot read out of number order shows the extractor interleaving columns; its bodies then
        // give a page's call-outs out of order too, on pages whose foot happened to come out in order.
        var interleaved = parts.Any(p => p.FootOutOfOrder);
        List<TextLine>? open = null;
        foreach (var part in parts)
        {
            notesSoFar += part.Notes.Count;
            var limit = endnotes ? numbers.Count - 1 : notesSoFar - 1;
            var unorderedFrom = interleaved ? notesSoFar - part.Notes.Count : int.MaxValue;
            var from = blocks.Count;
            var cut = AddParagraphs(part, paragraphs, inlines, limit, unorderedFrom, blocks);
            if (open is not null && from > 0 && blocks.Count > from && blocks[from - 1] is Paragraph before && blocks[from] is Paragraph after
                && part.Body.Find(l => l.Number == after.Span.FirstLine) is { } first && PageRunOn.Continues(paragraphs, open, first))
            {
                blocks[from - 1] = PageRunOn.Join(before, after);
                blocks.RemoveAt(from);
            }

            open = cut;
        }

        var index = 0;
        var output = ImmutableArray.CreateBuilder<Block>(blocks.Count);
        // Notes go after their page's body (footnotes) or where the heading stood (endnotes).
        var bodyByPage = blocks.GroupBy(b => b.Span.Page).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var part in parts)
        {
            output.AddRange(bodyByPage.GetValueOrDefault(part.Page.Number) ?? []);
            if (part.Notes.Count > 0 || part.Continuation.Count > 0)
            {
                var first = part.Continuation.Count > 0 ? part.Continuation[0] : FirstLine(part.Notes[0]);
                output.Add(new FootRule(new SourceSpan(first.Number, first.Number, part.Page.Number)));
                if (part.Continuation.Count > 0)
                {
                    output.Add(new FootnoteContinuation(Lines(part.Continuation), SpanOf(part.Continuation, part.Page.Number)));
                }
            }

            foreach (var note in part.Notes.Concat(part.Endnotes))
            {
                output.Add(NoteBlock(note, sequence.IsCalled(index), part.Page.Number, diagnostics));
                index++;
            }
        }

        // Captions printed after the endnotes are back matter: after everything else.
        output.AddRange(parts.Select(p => p.Figures).OfType<Division>());
        return output.ToImmutable();
    }

    /// <summary>Adds the page's paragraphs; returns the lines of the last one when the page's end, not the margins, closed it.</summary>
    private static List<TextLine>? AddParagraphs(PageParts part, ParagraphLines rules, LineInlines inlines, int limit, int unorderedFrom, ImmutableArray<Block>.Builder blocks)
    {
        var current = new List<(TextLine Line, ImmutableArray<Inline> Inlines)>();
        void Close()
        {
            if (current.Count == 0)
            {
                return;
            }

            var content = ImmutableArray.CreateBuilder<Inline>();
            for (var i = 0; i < current.Count; i++)
            {
                if (i > 0)
                {
                    content.Add(new LineEnd(LineEndKind.Soft, current[i - 1].Line.Number));
                }

                content.AddRange(current[i].Inlines);
            }

            blocks.Add(new Paragraph(content.ToImmutable(), new SourceSpan(current[0].Line.Number, current[^1].Line.Number, part.Page.Number)));
            current.Clear();
        }

        var held = ImmutableArray<Inline>.Empty;
        for (var b = 0; b < part.Body.Count; b++)
        {
            var line = part.Body[b];
            var converted = inlines.Convert(line, limit, out var onlyCalls, unorderedFrom);
            if (onlyCalls && current.Count > 0 && b + 1 < part.Body.Count && CallOutRows.BelongsBelow(current[^1].Line, part.Body[b + 1], rules))
            {
                held = converted;
                continue;
            }

            if (held.Length > 0)
            {
                converted = CallOutRows.Place(converted, held);
                held = [];
            }

            if (onlyCalls && current.Count > 0)
            {
                // A call-out the extractor put on a line of its own belongs to the line above.
                current[^1] = (current[^1].Line, current[^1].Inlines.AddRange(converted));
                continue;
            }

            if (onlyCalls && blocks.Count > 0 && blocks[^1] is Paragraph previous && previous.Span.Page == part.Page.Number)
            {
                blocks[^1] = previous with { Content = previous.Content.AddRange(converted) };
                continue;
            }

            if (current.Count > 0 && rules.StartsAt(current[^1].Line, line))
            {
                Close();
            }

            current.Add((line, converted));
            if (rules.EndsAfter(line, PlainText.Of(converted), current.Take(current.Count - 1).Select(c => c.Line).ToList()))
            {
                Close();
            }
        }

        var cut = current.Count > 0 ? current.Select(c => c.Line).ToList() : null;
        Close();
        return cut;
    }

    private static Block NoteBlock(FoundNote note, bool called, int page, DiagnosticBag diagnostics)
    {
        var span = note.Lines.Count > 0 ? SpanOf(note.Lines, page) : SourceSpan.None with { Page = page };
        if (called)
        {
            return new FootnoteText(note.Number.ToString(CultureInfo.InvariantCulture), Lines(note.Lines), span);
        }

        diagnostics.Warning(
            ExtractedTextCodes.CallOutMissing,
            span.FirstLine,
            $"no call-out for note {note.Number} (line {span.FirstLine}) was found in the text; its text is kept as a paragraph");
        return new Paragraph(Lines(note.Lines), span);
    }

    private static TextLine FirstLine(FoundNote note) => note.Lines.Count > 0 ? note.Lines[0] : new TextLine(0, string.Empty, 0, false);

    private static ImmutableArray<Inline> Lines(List<TextLine> lines)
    {
        var content = ImmutableArray.CreateBuilder<Inline>(lines.Count * 2);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                content.Add(new LineEnd(LineEndKind.Soft, lines[i - 1].Number));
            }

            content.Add(new Text(lines[i].Text));
        }

        return content.ToImmutable();
    }

    private static SourceSpan SpanOf(List<TextLine> lines, int page) => new(lines[0].Number, lines[^1].Number, page);
}

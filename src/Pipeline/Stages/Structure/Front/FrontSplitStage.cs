using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.Structure.Front;

/// <summary>
/// Plain-text readers give the top of an essay as one paragraph of lines: title, by-line,
/// affiliation, the abstract. Before line ends are resolved (and the lines lost), this stage cuts
/// such a paragraph where a by-line shows: the lines above it become the title heading, the
/// by-line and each affiliation line a paragraph of their own, an "Abstract" label line its own
/// paragraph, and the rest stays one paragraph. Nothing moves into the metadata here: the
/// structure stage does that, after the notes are in place. A paragraph without a by-line is left
/// as it is.
/// </summary>
internal sealed class FrontSplitStage : IStage
{
    /// <summary>How many leading blocks may hold the title and by-line.</summary>
    private const int Window = 4;

    private const int MaxTitleLines = 5;

    /// <summary>How many lines at the top may be a masthead above the title.</summary>
    private const int MastheadLines = 3;
    private const int MaxTitleLineWords = 20;
    private readonly FrontVocabulary _vocabulary = FrontVocabulary.English;

    public string Name => "front-split";

    public ValueTask<Document> RunAsync(Document document, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();

        var blocks = document.Blocks;
        if (UnderMasthead(blocks) is { } front)
        {
            return ValueTask.FromResult(document with { Blocks = [.. front.Blocks, .. blocks[front.Consumed..]] });
        }

        var titleSeen = false;
        var titleLines = false;
        for (var i = 0; i < Math.Min(Window, blocks.Length); i++)
        {
            if (blocks[i] is Heading)
            {
                titleSeen = true;
                continue;
            }

            if (blocks[i] is not Paragraph paragraph)
            {
                continue;
            }

            if (!paragraph.Content.Any(inline => inline is LineEnd))
            {
                // A title a reader gave one printed line a paragraph: a by-line may open the next paragraph.
                titleLines |= i < Window - 1 && TitleLine(paragraph);
                continue;
            }

            var split = titleLines && !titleSeen ? Split(paragraph, true) ?? Split(paragraph, false) : Split(paragraph, titleSeen);
            if (split is not null)
            {
                return ValueTask.FromResult(document with { Blocks = blocks.RemoveAt(i).InsertRange(i, split) });
            }
        }

        return ValueTask.FromResult(document);
    }

    private List<Block>? Split(Paragraph paragraph, bool titleSeen)
    {
        var lines = SourceLineSplit.Lines(paragraph.Content);
        var byline = -1;
        var first = titleSeen ? 0 : 1;
        for (var i = first; i < Math.Min(lines.Count, MaxTitleLines + 1); i++)
        {
            if (BylineParser.TryParse(lines[i].Text, _vocabulary) is not null)
            {
                byline = i;
                break;
            }

            if (titleSeen || WordCount(lines[i].Text) > MaxTitleLineWords || WordCount(lines[0].Text) > MaxTitleLineWords)
            {
                return null;
            }
        }

        if (byline < 0 || byline == lines.Count - 1 && byline == 0)
        {
            return null;
        }

        var span = paragraph.Span;
        var line = span.FirstLine;
        var blocks = new List<Block>();
        if (byline > 0)
        {
            blocks.Add(new Heading(1, SourceLineSplit.Join(lines.Take(byline).Select(l => l.Content), line), Span(span, line, line + byline - 1)));
        }

        var next = byline;
        while (next < lines.Count && (next == byline || BylineParser.TryParse(lines[next].Text, _vocabulary) is not null || AffiliationLine.Is(lines[next].Text, _vocabulary)))
        {
            blocks.Add(new Paragraph(lines[next].Content, Span(span, line + next, line + next)));
            next++;
        }

        if (next < lines.Count && IsAbstractLabel(lines[next].Text))
        {
            blocks.Add(new Paragraph(lines[next].Content, Span(span, line + next, line + next)));
            next++;
        }

        if (next < lines.Count)
        {
            blocks.Add(new Paragraph(SourceLineSplit.Join(lines.Skip(next).Select(l => l.Content), line + next), Span(span, line + next, span.LastLine)));
        }

        return blocks;
    }

    /// <summary>
    /// Title lines printed under a masthead (a journal's name, "Volume 33, 2012 | URL") and run by the
    /// reader into the masthead's paragraph or split over several paragraphs: the lines after the
    /// last masthead line up to a by-line become the title heading, the masthead stays a paragraph
    /// above it, the by-line and affiliation lines become paragraphs of their own. Null when none of the
    /// top lines names a URL, or no by-line follows a few title lines.
    /// </summary>
    private (List<Block> Blocks, int Consumed)? UnderMasthead(ImmutableArray<Block> blocks)
    {
        var lines = new List<(int Block, ImmutableArray<Inline> Content, string Text, int Line)>();
        for (var b = 0; b < Math.Min(Window, blocks.Length); b++)
        {
            if (blocks[b] is not Paragraph paragraph)
            {
                break;
            }

            var line = paragraph.Span.FirstLine;
            foreach (var (content, text) in SourceLineSplit.Lines(paragraph.Content))
            {
                lines.Add((b, content, text, line++));
            }

            // A paragraph with a note call is running text (an epigraph, the body) that a by-line set apart
            // on the right may open in -layout text: its lines may hold the by-line, no block after it may.
            if (paragraph.Content.Any(inline => inline is Note or NoteCall))
            {
                break;
            }
        }

        var masthead = -1;
        for (var k = 0; k < Math.Min(MastheadLines, lines.Count); k++)
        {
            // A masthead line names where the essay is published: a URL says so; a line of digits (a date, "1774–1788") may be the title's.
            masthead = HasUrl(lines[k].Text) ? k : masthead;
        }

        if (masthead < 0)
        {
            return null;
        }

        var start = masthead + 1;
        var byline = -1;
        for (var k = start + 1; k < Math.Min(lines.Count, start + MaxTitleLines + 1); k++)
        {
            if (!TitleLike(lines[k - 1].Text))
            {
                return null;
            }

            if (BylineParser.TryParse(lines[k].Text, _vocabulary) is not null)
            {
                byline = k;
                break;
            }
        }

        if (byline < 0)
        {
            return null;
        }

        var result = new List<Block>();
        for (var k = 0; k <= masthead;)
        {
            var from = k;
            while (k <= masthead && lines[k].Block == lines[from].Block)
            {
                k++;
            }

            var above = lines.GetRange(from, k - from);
            result.Add(new Paragraph(SourceLineSplit.Join(above.Select(l => l.Content), above[0].Line), Span(blocks[above[0].Block].Span, above[0].Line, above[^1].Line)));
        }

        var page = blocks[lines[start].Block].Span;
        result.Add(new Heading(1, SourceLineSplit.Join(lines.GetRange(start, byline - start).Select(l => l.Content), lines[start].Line), new SourceSpan(lines[start].Line, lines[byline - 1].Line, page.Page)));
        var next = byline;
        while (next < lines.Count && lines[next].Block == lines[byline].Block
            && (next == byline || BylineParser.TryParse(lines[next].Text, _vocabulary) is not null || AffiliationLine.Is(lines[next].Text, _vocabulary)))
        {
            result.Add(new Paragraph(lines[next].Content, new SourceSpan(lines[next].Line, lines[next].Line, page.Page)));
            next++;
        }

        var rest = lines.Skip(next).Where(l => l.Block == lines[byline].Block).ToList();
        if (rest.Count > 0)
        {
            var span = blocks[rest[0].Block].Span;
            result.Add(new Paragraph(SourceLineSplit.Join(rest.Select(l => l.Content), rest[0].Line), Span(span, rest[0].Line, span.LastLine)));
        }

        return (result, lines[byline].Block + 1);
    }

    private static bool TitleLine(Paragraph paragraph) =>
        !paragraph.Content.Any(inline => inline is Note or NoteCall or Link) && TitleLike(PlainText.Of(paragraph.Content).Trim());

    /// <summary>A line that may be part of a title: no URL, mostly letters, not a sentence's worth of words.</summary>
    private static bool TitleLike(string text) =>
        !HasUrl(text) && text.Count(char.IsLetter) * 2 >= text.Length && WordCount(text) <= MaxTitleLineWords;

    private static bool HasUrl(string text) =>
        text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase);

    private bool IsAbstractLabel(string text) => _vocabulary.AbstractLabels.Contains(text.TrimEnd(':', '.', ' '));

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Line numbers are those of the paragraph's lines when the reader kept one line per source line; the page is the paragraph's.</summary>
    private static SourceSpan Span(SourceSpan whole, int first, int last) =>
        new(Math.Min(first, whole.LastLine), Math.Min(Math.Max(first, last), whole.LastLine), whole.Page);
}

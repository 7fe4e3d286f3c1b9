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
    private const int MaxTitleLineWords = 20;
    private readonly FrontVocabulary _vocabulary = FrontVocabulary.English;

    public string Name => "front-split";

    public ValueTask<Document> RunAsync(Document document, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();

        var blocks = document.Blocks;
        var titleSeen = false;
        for (var i = 0; i < Math.Min(Window, blocks.Length); i++)
        {
            if (blocks[i] is Heading)
            {
                titleSeen = true;
                continue;
            }

            if (blocks[i] is not Paragraph paragraph || !paragraph.Content.Any(inline => inline is LineEnd))
            {
                continue;
            }

            var split = Split(paragraph, titleSeen);
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

    private bool IsAbstractLabel(string text) => _vocabulary.AbstractLabels.Contains(text.TrimEnd(':', '.', ' '));

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Line numbers are those of the paragraph's lines when the reader kept one line per source line; the page is the paragraph's.</summary>
    private static SourceSpan Span(SourceSpan whole, int first, int last) =>
        new(Math.Min(first, whole.LastLine), Math.Min(Math.Max(first, last), whole.LastLine), whole.Page);
}

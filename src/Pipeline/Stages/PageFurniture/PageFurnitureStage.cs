using System.Collections.Immutable;
using System.Text;
using Pipeline.Model;

namespace Pipeline.Stages.PageFurniture;

/// <summary>
/// Drops the running heads and page numbers that hard-wrapped scrapes carry at page starts, whether
/// they stand as blocks of their own or are glued to the page's first paragraph as its first lines.
/// A line is furniture only at a page start, and only when it recurs at many page starts (ignoring
/// digits) or is nothing but a page number.
/// </summary>
internal sealed class PageFurnitureStage : IStage
{
    /// <summary>How many leading lines of a page are looked at.</summary>
    private const int LeadingLines = 3;

    public string Name => "page-furniture";

    public ValueTask<Document> RunAsync(Document document, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();

        var blocks = document.Blocks;
        var pages = LeadingLinesPerPage(blocks);
        var heads = RunningHeads.Find(pages.Select(page => (IReadOnlyList<string>)page.Select(line => line.Text).ToList()).ToList());

        // Per block: how many of its leading lines are furniture.
        var removedLines = new Dictionary<int, int>();
        var furniture = new List<(int Page, string Line)>();
        foreach (var page in pages)
        {
            foreach (var line in page)
            {
                var isNumber = PageNumberLine.IsMatch(line.Text);
                var isHead = !isNumber && heads.Contains(RunningHeads.Key(line.Text));
                if (!isNumber && !isHead)
                {
                    break;
                }

                removedLines[line.BlockIndex] = line.LineIndex + 1;
                furniture.Add((blocks[line.BlockIndex].Span.Page, line.Text));
                context.Diagnostics.Info(
                    isNumber ? PageFurnitureCodes.PageNumberRemoved : PageFurnitureCodes.RunningHeadRemoved,
                    line.SourceLine,
                    $"removed {(isNumber ? "page number" : "running head")} '{line.Text.Trim()}' on line {line.SourceLine}");
            }
        }

        if (removedLines.Count == 0)
        {
            return ValueTask.FromResult(document);
        }

        var result = ImmutableArray.CreateBuilder<Block>(blocks.Length);
        for (var i = 0; i < blocks.Length; i++)
        {
            if (!removedLines.TryGetValue(i, out var count))
            {
                result.Add(blocks[i]);
                continue;
            }

            var trimmed = DropLeadingLines(blocks[i], count);
            if (trimmed is not null)
            {
                result.Add(trimmed);
            }
        }

        // A reader that dropped the furniture itself has already given the labels.
        var labels = document.PageLabels.IsEmpty ? Reading.PrintedPageNumbers.From(furniture) : document.PageLabels;
        return ValueTask.FromResult(document with { Blocks = result.ToImmutable(), PageLabels = labels });
    }

    /// <summary>
    /// For each page, its first few lines across the leading paragraphs and headings. A line that
    /// cannot be furniture has empty text (see <see cref="FurnitureLine"/>).
    /// </summary>
    private static List<List<PageStartLine>> LeadingLinesPerPage(ImmutableArray<Block> blocks)
    {
        var pages = new List<List<PageStartLine>>();
        var scratch = new StringBuilder();
        var lastPage = int.MinValue;
        for (var i = 0; i < blocks.Length; i++)
        {
            if (blocks[i].Span.Page == lastPage)
            {
                continue;
            }

            lastPage = blocks[i].Span.Page;
            var lines = new List<PageStartLine>(LeadingLines);
            for (var b = i; b < blocks.Length && blocks[b].Span.Page == lastPage && lines.Count < LeadingLines; b++)
            {
                if (Content(blocks[b]) is not { } content)
                {
                    break;
                }

                // Lines are the runs between the block's own line ends.
                var start = 0;
                for (var k = 0; lines.Count < LeadingLines; k++)
                {
                    var end = start;
                    while (end < content.Length && content[end] is not LineEnd)
                    {
                        end++;
                    }

                    var text = FurnitureLine.TextOf(content.AsSpan(start, end - start), scratch);
                    lines.Add(new PageStartLine(b, k, blocks[b].Span.FirstLine + k, text));
                    if (end == content.Length)
                    {
                        break;
                    }

                    start = end + 1;
                }
            }

            pages.Add(lines);
        }

        return pages;
    }

    private static ImmutableArray<Inline>? Content(Block block) =>
        block switch
        {
            Paragraph paragraph => paragraph.Content,
            Heading heading => heading.Content,
            _ => null,
        };

    /// <summary>The block without its first <paramref name="count"/> lines, or null when nothing is left.</summary>
    private static Block? DropLeadingLines(Block block, int count)
    {
        var content = Content(block)!.Value;
        var seen = 0;
        var index = 0;
        var lastLine = block.Span.FirstLine;
        while (index < content.Length && seen < count)
        {
            if (content[index] is LineEnd lineEnd)
            {
                seen++;
                lastLine = lineEnd.Line;
            }

            index++;
        }

        if (seen < count || index >= content.Length)
        {
            return null;
        }

        var rest = content[index..];
        var span = block.Span with { FirstLine = Math.Min(lastLine + 1, block.Span.LastLine) };
        return block switch
        {
            Paragraph => new Paragraph(rest, span),
            Heading heading => new Heading(heading.Level, rest, span),
            _ => block,
        };
    }
}

using System.Collections.Immutable;
using System.Text;
using Pipeline.Diagnostics;
using Pipeline.Language;
using Pipeline.Model;
using Pipeline.Reading.Layout;
using Pipeline.Stages.Structure.Front;

namespace Pipeline.Stages.Structure.Bibliography;

/// <summary>
/// Plain-text readers give a bibliography as paragraphs that follow the text's line spacing, not
/// its entries: several entries run into one paragraph, or an entry's continuation lines (a hanging
/// indent in <c>pdftotext -layout</c>) stand as paragraphs of their own, and its head is a one-line
/// paragraph. While the line ends are still there, this stage makes such a head ("Bibliography",
/// "Works Cited", "Primary Sources", per <see cref="BibliographyNames"/>) a heading and regroups the
/// lines under it into one paragraph per entry: a line opens an entry when the line before may end
/// one (a full stop, a URL) and it opens with an author heading ("Surname, Forename.", "———."), or
/// with a corporate author or quoted title where the line before ended short of the margin; inside
/// a line, an entry opens only after a full stop or URL, with an author heading, once the entry
/// before has its year. Every other line continues the entry above it: a missed split is better
/// than a wrong one, and each weaker start not taken is reported. Headings the reader found
/// already, and their entries, are left to the structure stage.
/// </summary>
internal sealed class BibliographySplitStage : IStage
{
    /// <summary>The fewest entry starts that make the lines under a one-line paragraph a bibliography.</summary>
    private const int MinEntries = 2;

    /// <summary>Which line length (as a percentile of the zone's lines) stands for the column's width.</summary>
    private const double WidthPercentile = 0.75;

    private readonly FrontVocabulary _vocabulary = FrontVocabulary.English;

    public string Name => "bibliography-split";

    public ValueTask<Document> RunAsync(Document document, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();

        var blocks = document.Blocks;
        List<Block>? output = null;
        var copied = 0;
        for (var i = 0; i < blocks.Length; i++)
        {
            if (blocks[i] is not Paragraph head || HeadText(head) is not { } name || !BibliographyNames.IsName(name))
            {
                continue;
            }

            var end = ZoneEnd(blocks, i + 1);
            var regrouped = Regroup(blocks[(i + 1)..end], context.Diagnostics);
            if (regrouped is null)
            {
                context.Diagnostics.Info(StructureCodes.BibliographyNotTaken, head.Span.FirstLine, $"\"{name}\" (line {head.Span.FirstLine}) names a bibliography, but fewer than {MinEntries} lines under it open an entry; left as it is");
                continue;
            }

            output ??= [];
            output.AddRange(blocks[copied..i]);
            output.Add(new Heading(1, head.Content, head.Span));
            output.AddRange(regrouped);
            copied = end;
            i = end - 1;
        }

        if (output is null)
        {
            return ValueTask.FromResult(document);
        }

        output.AddRange(blocks[copied..]);
        return ValueTask.FromResult(document with { Blocks = [.. output] });
    }

    /// <summary>The text of a one-line paragraph without notes or call-outs: what a section head printed as a line looks like.</summary>
    private static string? HeadText(Paragraph paragraph)
    {
        if (paragraph.Content.Any(inline => inline is LineEnd or NoteCall or Note))
        {
            return null;
        }

        var text = PlainText.Of(paragraph.Content).Trim();
        return text.Length is > 0 and < 60 ? text : null;
    }

    /// <summary>Where the zone under a head ends: at a heading, a figure or list, an appendix, or a one-line paragraph naming the next section.</summary>
    private static int ZoneEnd(ImmutableArray<Block> blocks, int from)
    {
        var i = from;
        for (; i < blocks.Length; i++)
        {
            var block = blocks[i];
            if (IsFoot(block))
            {
                continue;
            }

            if (block is not Paragraph paragraph || SectionHeads.TryAppendix(block, out _, out _)
                || HeadText(paragraph) is { } name && (BibliographyNames.IsEnd(name) || BibliographyNames.IsName(name)))
            {
                break;
            }
        }

        return i;
    }

    private static bool IsFoot(Block block) => block is FootRule or FootnoteText or FootnoteContinuation;

    /// <summary>
    /// One paragraph per entry from the zone's lines, the page-foot blocks among them kept after the
    /// entry they interrupt; null when fewer than <see cref="MinEntries"/> lines open an entry.
    /// </summary>
    private List<Block>? Regroup(ImmutableArray<Block> zone, DiagnosticBag diagnostics)
    {
        var lines = new List<(EntryLine Line, Block? Foot)>();
        foreach (var block in zone)
        {
            if (block is Paragraph paragraph)
            {
                lines.AddRange(EntryLine.Of(paragraph).Select(line => (line, (Block?)null)));
            }
            else
            {
                lines.Add((null!, block));
            }
        }

        var texts = lines.Where(l => l.Foot is null).Select(l => l.Line.Text.Trim().Length).Order().ToList();
        if (texts.Count == 0)
        {
            return null;
        }

        var width = texts[(int)Math.Floor((texts.Count - 1) * WidthPercentile)];
        var entries = new List<List<EntryLine>>();
        var feet = new List<Block>();
        var result = new List<Block>();
        var current = new StringBuilder();
        EntryLine? previous = null;
        var starts = 0;

        void Close()
        {
            if (entries.Count > 0 && entries[^1].Count > 0)
            {
                result.Add(Paragraph(entries[^1]));
                entries[^1] = [];
            }

            result.AddRange(feet);
            feet.Clear();
        }

        void Open(EntryLine line)
        {
            Close();
            entries.Add([line]);
            current.Clear().Append(line.Text);
            starts++;
        }

        foreach (var (line, foot) in lines)
        {
            if (foot is not null)
            {
                feet.Add(foot);
                continue;
            }

            var rest = line;
            if (previous is null || StartsEntry(previous, line, current.ToString(), width, diagnostics))
            {
                Open(line);
            }
            else
            {
                entries[^1].Add(line);
                current.Append(' ').Append(line.Text);
            }

            // Entries run together inside the line ("… 2003. Brus, Włodzimierz. …").
            while (InlineStart(rest, current.ToString(), rest.Text.Length) is { } offset && rest.CutAt(offset) is { } cut)
            {
                entries[^1][^1] = cut.Head;
                current.Clear();
                Open(cut.Tail);
                rest = cut.Tail;
            }

            previous = rest;
        }

        if (starts < MinEntries || !OpensEntry(lines.First(l => l.Foot is null).Line.Text.Trim()))
        {
            return null;
        }

        Close();
        return result;
    }

    private bool OpensEntry(string text) =>
        EntryStart.IsAuthorHeading(text, 0, lineStart: true, _vocabulary) || EntryStart.IsOtherHeading(text, _vocabulary);

    private bool StartsEntry(EntryLine previous, EntryLine line, string entry, int width, DiagnosticBag diagnostics)
    {
        var text = line.Text.Trim();
        if (!EntryStart.EndsEntry(previous.Text))
        {
            return false;
        }

        if (EntryStart.IsAuthorHeading(text, 0, lineStart: true, _vocabulary))
        {
            return true;
        }

        if (!EntryStart.IsOtherHeading(text, _vocabulary))
        {
            return false;
        }

        // The line before ended short of the margin: its next word would have fitted. A paragraph the reader began
        // here is no evidence, as -layout's hanging indents make every continuation line one. A line ending in a
        // whole URL ended its entry wherever it stops, since an entry prints its link last; and a line that repeats the
        // heading of the entry above ("Agricultural Extension Service." twice) is that body's next work.
        var firstWord = text.Split(' ', 2)[0];
        var ended = EntryStart.EndsInUrl(previous.Text) || previous.Text.Trim().Length + 1 + firstWord.Length <= width
            || EntryStart.SameHeading(text, entry);
        if (ended && EntryStart.HasYear(entry))
        {
            return true;
        }

        diagnostics.Info(StructureCodes.BibliographyLineKept, line.Line, $"bibliography line {line.Line} (\"{Shorten(text)}\") may open an entry, but the line before runs to the margin without a link or the entry has no year yet; kept as a continuation");
        return false;
    }

    /// <summary>
    /// The offset, after the line's first character, where an author heading follows a full stop or
    /// a URL and the entry so far has its year; null when there is none.
    /// </summary>
    private int? InlineStart(EntryLine line, string entry, int lineLength)
    {
        var text = line.Text;
        var entryBefore = entry.Length - lineLength;
        for (var j = 2; j < text.Length; j++)
        {
            if (text[j - 1] != ' ' || !char.IsUpper(text[j]) && text[j] is not ('—' or '–' or '―'))
            {
                continue;
            }

            var before = text[..(j - 1)].TrimEnd();
            var space = before.LastIndexOf(' ');
            var token = before[(space + 1)..];
            if (!(token.EndsWith('.') || EntryStart.IsUrl(token)) || !EntryStart.EndsEntry(before))
            {
                continue;
            }

            if (EntryStart.IsAuthorHeading(text, j, lineStart: false, _vocabulary) && EntryStart.HasYear(entry[..Math.Max(0, entryBefore + j)]))
            {
                return j;
            }
        }

        return null;
    }

    private static Paragraph Paragraph(List<EntryLine> lines)
    {
        var content = new List<Inline>();
        EntryLine? last = null;
        foreach (var line in lines)
        {
            if (last is not null)
            {
                content.Add(line.Before ?? (line.Page != last.Page
                    ? new LineEnd(LineEndKind.Page, last.Line) { NextPage = line.Page }
                    : new LineEnd(LineEndKind.Soft, last.Line)));
            }

            content.AddRange(line.Content);
            last = line;
        }

        return new Paragraph(TextRuns.Join(content), new SourceSpan(lines[0].Line, lines[^1].Line, lines[0].Page));
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}

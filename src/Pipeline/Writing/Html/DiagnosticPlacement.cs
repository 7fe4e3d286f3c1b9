using System.Collections.Immutable;
using System.Globalization;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Stages.PageRepair;
using Pipeline.Writing.Tei;

namespace Pipeline.Writing.Html;

/// <summary>
/// Maps each diagnostic's source line to the page element that holds it, using the source spans of the
/// document model: the smallest note, paragraph, figure or bibliography entry whose lines contain it,
/// else the division it heads or lies in. Body paragraphs are matched by their order (<c>p-N</c>) only
/// when the model and the TEI have the same number of them; two equally small elements holding the
/// line are a tie, left unplaced. A paragraph or note joined across a page break spans the previous
/// page's foot: it holds a line for sure only from its start, or from its continuation (the line page
/// repair reported the join on), up to the next element or continuation that starts. A line no element
/// holds for sure (a dropped running head or page number) goes to the one element whose span holds it,
/// else just before the text that follows it.
/// </summary>
public static class DiagnosticPlacement
{
    public static ImmutableArray<PlacedDiagnostic> Place(Document document, IEnumerable<Diagnostic> diagnostics, int teiBodyParagraphs)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var targets = new Targets();
        var blocks = document.Blocks.OrEmpty().ToList();
        foreach (var block in blocks.Where(b => !BlockWriter.BelongsInBack(b)))
        {
            targets.Collect(block, inBody: true);
        }

        foreach (var block in blocks.Where(BlockWriter.BelongsInBack))
        {
            targets.Collect(block, inBody: false);
        }

        var all = diagnostics.ToList();
        var paragraphsMatch = targets.BodyParagraphs == teiBodyParagraphs;
        var usable = targets.All.Where(t => paragraphsMatch || !t.IsBodyParagraph).OrderBy(t => t.First).ToList();
        var joins = all.Where(d => d.Code is PageRepairCodes.ParagraphJoined or PageRepairCodes.NoteContinued && d.Line > 0)
            .Select(d => new Join(d.Line, d.Code == PageRepairCodes.NoteContinued ? TargetKind.Note : TargetKind.Paragraph))
            .ToList();
        var firsts = usable.Select(t => t.First).ToArray();
        var sure = usable.Select(t => t.Kind is TargetKind.Container ? new List<(int From, int To)> { (t.First, t.Last) } : SureRanges(t, usable, firsts, joins)).ToList();
        var layout = new Layout(usable, sure, [.. Enumerable.Range(0, usable.Count).Where(i => usable[i].Kind != TargetKind.Container)], paragraphsMatch);
        var placed = ImmutableArray.CreateBuilder<PlacedDiagnostic>(all.Count);
        foreach (var diagnostic in all)
        {
            placed.Add(Place(diagnostic, layout));
        }

        return placed.MoveToImmutable();
    }

    private static PlacedDiagnostic Place(Diagnostic diagnostic, Layout layout)
    {
        var line = diagnostic.Line;
        if (line <= 0)
        {
            return PlacedDiagnostic.WholeDocument(diagnostic);
        }

        var (targets, sure, leaves) = (layout.Targets, layout.Sure, layout.Leaves);
        var holding = new List<Target>();
        foreach (var i in leaves)
        {
            if (Holds(sure[i], line))
            {
                holding.Add(targets[i]);
            }
        }

        if (holding.Count > 0)
        {
            return Smallest(diagnostic, holding, near: false);
        }

        // A division's first line is its heading, which is no target of its own.
        var headed = targets.FindAll(t => t.Kind == TargetKind.Container && t.First == line);
        if (headed.Count > 0)
        {
            return Smallest(diagnostic, headed, near: false);
        }

        string? spanning = null;
        var spanningCount = 0;
        foreach (var i in leaves)
        {
            var target = targets[i];
            if (target.First <= line && line <= target.Last && !string.Equals(spanning, target.Anchor, StringComparison.Ordinal))
            {
                spanning = target.Anchor;
                spanningCount++;
            }
        }

        if (spanningCount == 1)
        {
            return new PlacedDiagnostic(diagnostic, spanning, Near: false, Unplaced: null);
        }

        // A line no element holds for sure is text a stage dropped (a running head, a page number) or
        // a page's foot: it goes to the text that follows it, just before an element that starts there,
        // or inside one that continues there after a page break.
        var from = int.MaxValue;
        var following = new List<Target>();
        foreach (var i in leaves)
        {
            foreach (var range in sure[i])
            {
                if (range.From > line && range.From <= from)
                {
                    if (range.From < from)
                    {
                        from = range.From;
                        following.Clear();
                    }

                    following.Add(targets[i]);
                }
            }
        }

        if (following.Count > 0)
        {
            return Smallest(diagnostic, following, near: following.TrueForAll(t => t.First == from));
        }

        var containers = targets.FindAll(t => t.Kind == TargetKind.Container && t.First <= line && line <= t.Last);
        if (containers.Count > 0)
        {
            return Smallest(diagnostic, containers, near: false);
        }

        return PlacedDiagnostic.NotPlaced(diagnostic, layout.ParagraphsMatch
            ? string.Create(CultureInfo.InvariantCulture, $"line {line} comes after every element of the page")
            : string.Create(CultureInfo.InvariantCulture, $"line {line}: body paragraphs of the model and the TEI differ in number, so paragraphs cannot be matched"));
    }

    private static bool Holds(List<(int From, int To)> ranges, int line)
    {
        foreach (var (rangeFrom, rangeTo) in ranges)
        {
            if (rangeFrom <= line && line <= rangeTo)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The one smallest of the candidates; two alike are a tie, left unplaced.</summary>
    private static PlacedDiagnostic Smallest(Diagnostic diagnostic, List<Target> candidates, bool near)
    {
        var size = candidates.Min(t => t.Last - t.First);
        var smallest = candidates.Where(t => t.Last - t.First == size).Select(t => t.Anchor).Distinct(StringComparer.Ordinal).ToList();
        return smallest.Count == 1
            ? new PlacedDiagnostic(diagnostic, smallest[0], near, Unplaced: null)
            : PlacedDiagnostic.NotPlaced(diagnostic, string.Create(CultureInfo.InvariantCulture,
                $"line {diagnostic.Line} lies in {smallest.Count} elements alike: {string.Join(", ", smallest)}"));
    }

    /// <summary>
    /// The lines a leaf block holds for sure: from its start and from each of its own continuations up to the
    /// next start of anything else, and its last line.
    /// </summary>
    private static List<(int From, int To)> SureRanges(Target target, List<Target> targets, int[] firsts, List<Join> joins)
    {
        var own = new List<int>();
        var foreign = new List<int>();
        foreach (var join in joins)
        {
            if (target.First < join.Line && join.Line <= target.Last)
            {
                (join.Kind == target.Kind ? own : foreign).Add(join.Line);
            }
        }

        foreign.RemoveAll(own.Contains);
        // The targets are in order of their first line: those starting inside this one are one run of them.
        var index = Array.BinarySearch(firsts, target.First + 1);
        index = index < 0 ? ~index : index;
        while (index > 0 && firsts[index - 1] > target.First)
        {
            index--;
        }

        for (; index < firsts.Length && firsts[index] <= target.Last; index++)
        {
            if (targets[index].Anchor != target.Anchor)
            {
                foreign.Add(firsts[index]);
            }
        }

        foreign.Sort();
        var ranges = new List<(int From, int To)>(own.Count + 2) { (target.Last, target.Last) };
        ranges.Add(Range(target.First));
        foreach (var start in own)
        {
            ranges.Add(Range(start));
        }

        return ranges;

        (int From, int To) Range(int start)
        {
            var stop = foreign.Find(line => line > start);
            return (start, stop > start ? stop - 1 : target.Last);
        }
    }

    private enum TargetKind
    {
        Paragraph,
        Note,
        Leaf,
        Container,
    }

    /// <summary>Where page repair joined a block to its continuation on the next page.</summary>
    private sealed record Join(int Line, TargetKind Kind);

    /// <summary>The targets in order of their first line, the lines each holds for sure, and which of them are leaves.</summary>
    private sealed record Layout(List<Target> Targets, List<List<(int From, int To)>> Sure, int[] Leaves, bool ParagraphsMatch);

    private sealed record Target(int First, int Last, string Anchor, bool IsBodyParagraph, TargetKind Kind);

    private sealed class Targets
    {
        public List<Target> All { get; } = [];

        public int BodyParagraphs { get; private set; }

        public void Collect(Block block, bool inBody)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    if (inBody)
                    {
                        Add(paragraph.Span, "p-" + (++BodyParagraphs).ToString(CultureInfo.InvariantCulture), TargetKind.Paragraph, isBodyParagraph: true);
                    }

                    Notes(paragraph.Content);
                    break;
                case Heading heading:
                    Notes(heading.Content);
                    break;
                case ListItem item:
                    Notes(item.Content);
                    break;
                case Quotation quotation:
                    Notes(quotation.Content);
                    break;
                case Division division:
                    if (!string.IsNullOrWhiteSpace(division.Id))
                    {
                        Add(division.Span, division.Id, TargetKind.Container);
                    }

                    if (division.Head is { } head)
                    {
                        Notes(head.Content);
                    }

                    foreach (var inner in division.Content.OrEmpty())
                    {
                        Collect(inner, inBody);
                    }

                    break;
                case Figure figure:
                    Add(figure.Span, figure.Id, TargetKind.Leaf);
                    break;
                case BibliographyEntry entry:
                    Add(entry.Span, entry.Id, TargetKind.Leaf);
                    Notes(entry.Content);
                    break;
            }
        }

        private void Notes(ImmutableArray<Inline> inlines)
        {
            foreach (var inline in inlines.OrEmpty())
            {
                switch (inline)
                {
                    case Note note:
                        foreach (var block in note.Content.OrEmpty())
                        {
                            Add(block.Span, note.Id, TargetKind.Note);
                            NoteBlockNotes(block);
                        }

                        break;
                    case Styled styled:
                        Notes(styled.Content);
                        break;
                    case Link link:
                        Notes(link.Content);
                        break;
                    case CrossReference reference:
                        Notes(reference.Content);
                        break;
                    case Reference reference:
                        Notes(reference.Content);
                        break;
                    case BibField field:
                        Notes(field.Content);
                        break;
                }
            }
        }

        private void NoteBlockNotes(Block block)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    Notes(paragraph.Content);
                    break;
            }
        }

        private void Add(SourceSpan span, string anchor, TargetKind kind, bool isBodyParagraph = false)
        {
            if (span.FirstLine > 0 && !string.IsNullOrEmpty(anchor))
            {
                All.Add(new Target(span.FirstLine, Math.Max(span.FirstLine, span.LastLine), anchor, isBodyParagraph, kind));
            }
        }
    }
}

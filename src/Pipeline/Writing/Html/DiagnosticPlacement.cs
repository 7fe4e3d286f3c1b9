using System.Collections.Immutable;
using System.Globalization;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Stages.PageRepair;
using Pipeline.Writing.Tei;

namespace Pipeline.Writing.Html;

/// <summary>
/// Maps each diagnostic's source line to the page element that holds it, using the source spans of the
/// document model: the smallest note, paragraph, figure, bibliography entry or division whose lines
/// contain it. Body paragraphs are matched by their order (<c>p-N</c>) only when the model and the TEI
/// have the same number of them; a line no element holds (a dropped running head) goes just before
/// the next element; two equally small elements holding the line are a tie, left unplaced. A
/// paragraph or note joined across a page break spans the previous page's foot: it holds a line for
/// sure only from its start, or from its continuation (the line page repair reported the join on),
/// up to the next element or continuation that starts; lines between are placed only when nothing
/// else could hold them.
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
        var sure = usable.Select(t => t.Kind is TargetKind.Container ? new List<(int From, int To)> { (t.First, t.Last) } : SureRanges(t, usable, joins)).ToList();
        return [.. all.Select(d => Place(d, usable, sure, paragraphsMatch))];
    }

    private static PlacedDiagnostic Place(Diagnostic diagnostic, List<Target> targets, List<List<(int From, int To)>> sure, bool paragraphsMatch)
    {
        var line = diagnostic.Line;
        if (line <= 0)
        {
            return PlacedDiagnostic.WholeDocument(diagnostic);
        }

        var holding = targets.Where((t, i) => sure[i].Exists(r => r.From <= line && line <= r.To)).ToList();
        if (holding.Count == 0)
        {
            holding = targets.Where(t => t.First <= line && line <= t.Last).ToList();
            if (holding.Count > 1)
            {
                return PlacedDiagnostic.NotPlaced(diagnostic, string.Create(CultureInfo.InvariantCulture,
                    $"line {line} lies in a page break inside {string.Join(", ", holding.Select(t => t.Anchor).Distinct(StringComparer.Ordinal))}"));
            }
        }

        if (holding.Count > 0)
        {
            var size = holding.Min(t => t.Last - t.First);
            var smallest = holding.Where(t => t.Last - t.First == size).Select(t => t.Anchor).Distinct(StringComparer.Ordinal).ToList();
            return smallest.Count == 1
                ? new PlacedDiagnostic(diagnostic, smallest[0], Near: false, Unplaced: null)
                : PlacedDiagnostic.NotPlaced(diagnostic, string.Create(CultureInfo.InvariantCulture, $"line {line} lies in {smallest.Count} elements alike: {string.Join(", ", smallest)}"));
        }

        var next = targets.Find(t => t.First > line);
        if (next is not null)
        {
            return new PlacedDiagnostic(diagnostic, next.Anchor, Near: true, Unplaced: null);
        }

        return PlacedDiagnostic.NotPlaced(diagnostic, paragraphsMatch
            ? string.Create(CultureInfo.InvariantCulture, $"line {line} comes after every element of the page")
            : string.Create(CultureInfo.InvariantCulture, $"line {line}: body paragraphs of the model and the TEI differ in number, so paragraphs cannot be matched"));
    }

    /// <summary>
    /// The lines a leaf block holds for sure: from its start and from each of its own continuations up to the
    /// next start of anything else, and its last line.
    /// </summary>
    private static List<(int From, int To)> SureRanges(Target target, List<Target> targets, List<Join> joins)
    {
        var own = joins.Where(j => j.Kind == target.Kind && target.First < j.Line && j.Line <= target.Last).Select(j => j.Line).ToList();
        var foreign = targets.Where(t => t.Anchor != target.Anchor && target.First < t.First && t.First <= target.Last).Select(t => t.First)
            .Concat(joins.Where(j => !own.Contains(j.Line) && target.First < j.Line && j.Line <= target.Last).Select(j => j.Line))
            .Order()
            .ToList();
        var ranges = new List<(int From, int To)> { (target.Last, target.Last) };
        foreach (var start in own.Prepend(target.First))
        {
            var stop = foreign.Find(line => line > start);
            ranges.Add((start, stop > start ? stop - 1 : target.Last));
        }

        return ranges;
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

using System.Collections.Immutable;
using System.Globalization;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Writing.Tei;

namespace Pipeline.Writing.Html;

/// <summary>
/// Maps each diagnostic's source line to the page element that holds it, using the source spans of the
/// document model: the smallest note, paragraph, figure, bibliography entry or division whose lines
/// contain it. Body paragraphs are matched by their order (<c>p-N</c>) only when the model and the TEI
/// have the same number of them; a line no element holds (a dropped running head) goes just before
/// the next element; two equally small elements holding the line are a tie, left unplaced.
/// </summary>
public static class DiagnosticPlacement
{
    public static ImmutableArray<PlacedDiagnostic> Place(Document document, IEnumerable<Diagnostic> diagnostics, int teiBodyParagraphs)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var targets = new Targets();
        var blocks = document.Blocks.OrEmpty().Where(b => b is not FootRule).ToList();
        foreach (var block in blocks.Where(b => !BlockWriter.BelongsInBack(b)))
        {
            targets.Collect(block, inBody: true);
        }

        foreach (var block in blocks.Where(BlockWriter.BelongsInBack))
        {
            targets.Collect(block, inBody: false);
        }

        var paragraphsMatch = targets.BodyParagraphs == teiBodyParagraphs;
        var usable = targets.All.Where(t => paragraphsMatch || !t.IsBodyParagraph).OrderBy(t => t.First).ToList();
        return [.. diagnostics.Select(d => Place(d, usable, paragraphsMatch))];
    }

    private static PlacedDiagnostic Place(Diagnostic diagnostic, List<Target> targets, bool paragraphsMatch)
    {
        var line = diagnostic.Line;
        if (line <= 0)
        {
            return PlacedDiagnostic.WholeDocument(diagnostic);
        }

        var holding = targets.Where(t => t.First <= line && line <= t.Last).ToList();
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

    private sealed record Target(int First, int Last, string Anchor, bool IsBodyParagraph);

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
                        Add(paragraph.Span, "p-" + (++BodyParagraphs).ToString(CultureInfo.InvariantCulture), isBodyParagraph: true);
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
                        Add(division.Span, division.Id, isBodyParagraph: false);
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
                    Add(figure.Span, figure.Id, isBodyParagraph: false);
                    break;
                case BibliographyEntry entry:
                    Add(entry.Span, entry.Id, isBodyParagraph: false);
                    Notes(entry.Content);
                    break;
                case FootnoteText or FootnoteContinuation:
                    // The TEI writer keeps an unattached note where it stood, named after its first line.
                    Add(block.Span, "note-line-" + block.Span.FirstLine.ToString(CultureInfo.InvariantCulture), isBodyParagraph: false);
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
                            Add(block.Span, note.Id, isBodyParagraph: false);
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
                case FootnoteText text:
                    Notes(text.Content);
                    break;
                case FootnoteContinuation continuation:
                    Notes(continuation.Content);
                    break;
            }
        }

        private void Add(SourceSpan span, string anchor, bool isBodyParagraph)
        {
            if (span.FirstLine > 0 && !string.IsNullOrEmpty(anchor))
            {
                All.Add(new Target(span.FirstLine, Math.Max(span.FirstLine, span.LastLine), anchor, isBodyParagraph));
            }
        }
    }
}

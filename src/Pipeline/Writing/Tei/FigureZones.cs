using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Writing.Tei;

/// <summary>
/// The one place that decides whether a figure gets a facsimile surface and how its zones are
/// named, so the facsimile and the figure's <c>lb facs</c> pointers always agree.
/// </summary>
internal static class FigureZones
{
    /// <summary>
    /// True when the figure's recognised lines are its reading text and are written: only then do
    /// zones have lines pointing to them (a scrape that already transcribes the image gets none).
    /// </summary>
    public static bool HasSurface(Figure figure) =>
        !string.IsNullOrWhiteSpace(figure.Id)
        && figure.Transcription is { Status: TranscriptionStatus.Transcribed, ReadingText: ReadingTextSource.Ocr } transcription
        && transcription.Paragraphs.OrEmpty().Any(p => !p.Lines.IsDefaultOrEmpty);

    /// <summary>The lines the figure writes, in the order their zones are numbered.</summary>
    public static IEnumerable<TranscribedLine> WrittenLines(Transcription transcription) =>
        transcription.Paragraphs.OrEmpty().SelectMany(p => p.Lines.OrEmpty());

    public static string SurfaceId(Figure figure) => figure.Id + "-surface";

    /// <summary>Zones are numbered from 1 over all lines of the figure in reading order.</summary>
    public static string ZoneId(Figure figure, int number) => figure.Id + "-z" + TeiXml.Integer(number);

    /// <summary>Every figure in document order, including figures inside divisions and notes.</summary>
    public static IReadOnlyList<Figure> All(IEnumerable<Block> blocks)
    {
        var figures = new List<Figure>();
        Collect(blocks, figures);
        return figures;
    }

    // One recursive walk filling one list: nested iterators would cost an allocation and a chain of
    // MoveNext calls per inline of the whole document, for the handful of figures an essay has.
    private static void Collect(IEnumerable<Block> blocks, List<Figure> figures)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Figure figure:
                    figures.Add(figure);
                    break;
                case Division division:
                    if (division.Head is { } head)
                    {
                        CollectInNotes(head, figures);
                    }

                    Collect(division.Content.OrEmpty(), figures);
                    break;
                default:
                    CollectInNotes(block, figures);
                    break;
            }
        }
    }

    private static void CollectInNotes(Block block, List<Figure> figures)
    {
        var inlines = block switch
        {
            Paragraph p => p.Content,
            ListItem item => item.Content,
            Heading heading => heading.Content,
            BibliographyEntry entry => entry.Content,
            _ => [],
        };
        CollectInNotes(inlines.OrEmpty(), figures);
    }

    private static void CollectInNotes(ImmutableArray<Inline> inlines, List<Figure> figures)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Note note:
                    Collect(note.Content.OrEmpty(), figures);
                    break;
                case Styled styled:
                    CollectInNotes(styled.Content.OrEmpty(), figures);
                    break;
                case Link link:
                    CollectInNotes(link.Content.OrEmpty(), figures);
                    break;
                case CrossReference cross:
                    CollectInNotes(cross.Content.OrEmpty(), figures);
                    break;
                case Reference reference:
                    CollectInNotes(reference.Content.OrEmpty(), figures);
                    break;
                case BibField field:
                    CollectInNotes(field.Content.OrEmpty(), figures);
                    break;
                default:
                    break;
            }
        }
    }
}

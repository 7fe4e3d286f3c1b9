using Pipeline.Model;

namespace Pipeline.Writing.Tei;

/// <summary>
/// The one place that decides whether a figure gets a facsimile surface and how its zones are
/// named, so the facsimile and the figure's <c>lb facs</c> pointers always agree.
/// </summary>
internal static class FigureZones
{
    public static bool HasSurface(Figure figure) =>
        !string.IsNullOrWhiteSpace(figure.Id)
        && figure.Transcription is { } transcription
        && transcription.Paragraphs.OrEmpty().Any(p => !p.Lines.IsDefaultOrEmpty);

    public static string SurfaceId(Figure figure) => figure.Id + "-surface";

    /// <summary>Zones are numbered from 1 over all lines of the figure in reading order.</summary>
    public static string ZoneId(Figure figure, int number) => figure.Id + "-z" + TeiXml.Integer(number);

    /// <summary>Every figure in document order, including figures inside divisions and notes.</summary>
    public static IEnumerable<Figure> All(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Figure figure:
                    yield return figure;
                    break;
                case Division division:
                    var headNotes = division.Head is { } head ? NotesOf(head) : [];
                    foreach (var inner in All(headNotes.SelectMany(n => n.Content.OrEmpty()).Concat(division.Content.OrEmpty())))
                    {
                        yield return inner;
                    }

                    break;
                default:
                    foreach (var inner in All(NotesOf(block).SelectMany(n => n.Content.OrEmpty())))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    private static IEnumerable<Note> NotesOf(Block block) => block switch
    {
        Paragraph p => NotesIn(p.Content.OrEmpty()),
        ListItem item => NotesIn(item.Content.OrEmpty()),
        Heading heading => NotesIn(heading.Content.OrEmpty()),
        FootnoteText text => NotesIn(text.Content.OrEmpty()),
        FootnoteContinuation continuation => NotesIn(continuation.Content.OrEmpty()),
        BibliographyEntry entry => NotesIn(entry.Content.OrEmpty()),
        _ => [],
    };

    private static IEnumerable<Note> NotesIn(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Note note:
                    yield return note;
                    break;
                case Styled styled:
                    foreach (var n in NotesIn(styled.Content.OrEmpty()))
                    {
                        yield return n;
                    }

                    break;
                case Link link:
                    foreach (var n in NotesIn(link.Content.OrEmpty()))
                    {
                        yield return n;
                    }

                    break;
                case CrossReference cross:
                    foreach (var n in NotesIn(cross.Content.OrEmpty()))
                    {
                        yield return n;
                    }

                    break;
                case Reference reference:
                    foreach (var n in NotesIn(reference.Content.OrEmpty()))
                    {
                        yield return n;
                    }

                    break;
                case BibField field:
                    foreach (var n in NotesIn(field.Content.OrEmpty()))
                    {
                        yield return n;
                    }

                    break;
                default:
                    break;
            }
        }
    }
}

using Pipeline.Model;
using Pipeline.Model.Citations;

namespace Pipeline.Tests.Writing.Tei;

/// <summary>
/// Nodes in unusual places: blocks of every kind inside a note, fields inside links and
/// highlights, empty divisions and paragraphs, a body that opens with a heading.
/// </summary>
internal static class EdgeDocument
{
    public static Document Build()
    {
        var parts = new BibliographicReference { Authors = [new PersonName("Anne", "Applebaum")], BibliographyId = "bib-applebaum" };
        var span = new SourceSpan(1, 1, 1);
        var transcription = new Transcription(
            TranscriptionStatus.Transcribed, 100, 50,
            [new TranscribedParagraph([new TranscribedLine("in a note", new PixelBox(1, 2, 90, 20), 1.2, ContinuesWord: false)])],
            1, ReadingTextSource.Ocr, null);

        var noteWithEverything = new Note("n", "note-edge",
        [
            new Heading(2, [T("A heading inside a note")], span),
            new Division(DivisionKind.Section, "inner", new Heading(3, [T("inner head")], span), [new Paragraph([T("inner text")], span)], span),
            new ListItem([T("item")], span),
            new BibliographyEntry("bib-in-note", [T("An entry in a note")], null, span),
            new Figure("note-figure", "note.png", [T("A figure in a note")], transcription, span),
        ]);

        var reference = new Reference(parts,
        [
            new Link("https://example.org/gulag", [new BibField(BibFieldKind.Author, [T("Anne Applebaum")]), T(", "), new BibField(BibFieldKind.MonographTitle, [T("Gulag")])], IsBare: false),
            T(" "),
            new Styled(TextStyle.Italic, [new BibField(BibFieldKind.Publisher, [T("Allen Lane")])]),
        ]);

        return new Document
        {
            Id = "edge",
            SourceDirectory = "/nonexistent/edge",
            Metadata = new DocumentMetadata { Title = [T("Edge cases")] },
            Blocks =
            [
                new Heading(1, [T("Opening heading"), new Note("h", "note-in-head", [new Paragraph([T("note in a heading")], span)])], span),
                new Paragraph([T("text"), noteWithEverything, reference], span),
                new Paragraph([], span),
                new Division(DivisionKind.Section, "empty-section", null, [], span),
                new Division(DivisionKind.Section, "holder", new Heading(1, [T("Holder")], span),
                [
                    new Division(DivisionKind.Section, "deeper", null,
                        [new Division(DivisionKind.Appendix, "deep-appendix", new Heading(2, [T("Deep appendix")], span), [], span)], span),
                ], span),
                new Division(DivisionKind.Bibliography, "bib", null, [new BibliographyEntry("bib-applebaum", [T("Applebaum, Anne. Gulag.")], parts, span)], span),
            ],
        };
    }

    private static Text T(string value) => new(value);
}

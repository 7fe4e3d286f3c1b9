using Pipeline.Model;
using Pipeline.Model.Citations;

namespace Pipeline.Tests.Writing.Tei;

/// <summary>A hand-built document that holds every node type of the model at least once.</summary>
internal static class FullDocument
{
    public static Document Build()
    {
        var joneParts = new BibliographicReference
        {
            Authors = [new PersonName("Polly", "Jones")],
            Editors = [new PersonName("Harold", "Shukman")],
            ArticleTitle = "From Stalinism to Post-Stalinism",
            MonographTitle = "Redefining Stalinism",
            PubPlace = "London",
            Publisher = "Frank Cass Publishers",
            Date = "2003",
            Pages = "127",
            BibliographyId = "bib-jones-2003",
        };

        var citation = new Reference(joneParts,
        [
            new BibField(BibFieldKind.Author, [T("Polly Jones")]),
            T(", ‘"),
            new BibField(BibFieldKind.ArticleTitle, [T("From Stalinism to Post-Stalinism")]),
            T(",’ in "),
            new Styled(TextStyle.Italic, [new BibField(BibFieldKind.MonographTitle, [T("Redefining Stalinism")])]),
            T(", ed. "),
            new BibField(BibFieldKind.Editor, [T("Harold Shukman")]),
            T(" ("),
            new BibField(BibFieldKind.PubPlace, [T("London")]),
            T(": "),
            new BibField(BibFieldKind.Publisher, [T("Frank Cass Publishers")]),
            T(", "),
            new BibField(BibFieldKind.Date, [T("2003")]),
            T("): "),
            new BibField(BibFieldKind.Pages, [T("127")]),
            T("."),
        ]);

        var note = new Note("1", "note-1",
        [
            new Paragraph([citation, T(" See also "), new Link("https://example.org/a", [T("the archive")], IsBare: false)], new SourceSpan(12, 12, 1)),
            new ListItem([T("a listed point in a note")], new SourceSpan(13, 13, 1)),
        ]);

        var firstParagraph = new Paragraph(
        [
            T("The notion of "),
            new Styled(TextStyle.Italic, [T("destalinizatsiya")]),
            T(" is "),
            new Styled(TextStyle.Bold, [T("overloaded")]),
            new Styled(TextStyle.Superscript, [T("th")]),
            T(" with complexities,"),
            note,
            new LineEnd(LineEndKind.Soft, 7),
            T("a soft end"),
            new LineEnd(LineEndKind.Page, 8),
            T("a page seam"),
            new LineEnd(LineEndKind.Hard, 9),
            T("a kept break; see "),
            new CrossReference("appendix-1", [T("Appendix 1")]),
            T(" and "),
            new Link("http://digitalarchive.wilsoncenter.org/document/115995", [T("http://digitalarchive.wilsoncenter.org/document/115995")], IsBare: true),
            T(" and an unlinked call"),
            new NoteCall("2", 9),
            T(" and a loose field "),
            new BibField(BibFieldKind.Author, [T("Anne Applebaum")]),
            T("."),
        ], new SourceSpan(5, 9, 1));

        var ocr = new Transcription(
            TranscriptionStatus.Transcribed,
            ImageWidth: 1200,
            ImageHeight: 1600,
            Paragraphs:
            [
                new TranscribedParagraph(
                [
                    new TranscribedLine("Stalingrad Name Changed", new PixelBox(100, 80, 900, 130), 0.93, ContinuesWord: false),
                ]),
                new TranscribedParagraph(
                [
                    new TranscribedLine("MOSCOW, Saturday, Nov. 11 (Reuters)—The \"Hero City\" of Sta", new PixelBox(100, 200, 1100, 240), 0.91, ContinuesWord: false),
                    new TranscribedLine("lingrad has been renamed Volgograd.", new PixelBox(100, 245, 1000, 285), 0.875, ContinuesWord: true),
                ]),
            ],
            MeanConfidence: 0.9,
            ReadingText: ReadingTextSource.Ocr,
            Problem: null);

        var scrapeRead = ocr with { ReadingText = ReadingTextSource.Scrape };
        var failed = new Transcription(TranscriptionStatus.NotTranscribed, 800, 600, [], 0, ReadingTextSource.Ocr, "the image is too small to read");

        var appendices = new Division(DivisionKind.Section, "appendices", new Heading(2, [new Styled(TextStyle.Bold, [T("Appendices")])], new SourceSpan(30, 30, 9)),
        [
            new Division(DivisionKind.Appendix, "appendix-1", new Heading(3, [T("Appendix 1. The Secret Speech")], new SourceSpan(31, 31, 9)),
            [
                new Figure("appendix-1-figure", "appendix-1.jpg", [T("The 'Secret Speech' in the New York Times")], scrapeRead, new SourceSpan(32, 32, 9)),
                new Paragraph([T("Salisbury, Harrison E.")], new SourceSpan(33, 33, 9)),
            ], new SourceSpan(31, 33, 9)),
            new Division(DivisionKind.Appendix, "appendix-2", new Heading(3, [T("Appendix 2. Re-naming Soviet Towns")], new SourceSpan(34, 34, 10)),
            [
                new Figure("appendix-2-figure", "images/appendix 2.jpg", [T("Stalingrad renamed")], ocr, new SourceSpan(35, 35, 10)),
                new Figure("appendix-3-figure", "appendix-3.jpg", [], failed, new SourceSpan(36, 36, 10)),
                new Figure("appendix-4-figure", "appendix-4.jpg", [T("Not yet recognised")], null, new SourceSpan(37, 37, 10)),
            ], new SourceSpan(34, 37, 10)),
        ], new SourceSpan(30, 37, 9));

        var bibliography = new Division(DivisionKind.Bibliography, "bibliography", new Heading(2, [T("Bibliography")], new SourceSpan(40, 40, 11)),
        [
            new BibliographyEntry("bib-jones-2003",
            [
                new BibField(BibFieldKind.Author, [T("Jones, Polly")]),
                T(". ‘"),
                new BibField(BibFieldKind.ArticleTitle, [T("From Stalinism to Post-Stalinism")]),
                T("’, In "),
                new Styled(TextStyle.Italic, [new BibField(BibFieldKind.MonographTitle, [T("Redefining Stalinism")])]),
                T(". "),
                new BibField(BibFieldKind.PubPlace, [T("London")]),
                T(": "),
                new BibField(BibFieldKind.Publisher, [T("Frank Cass Publishers")]),
                T(", "),
                new BibField(BibFieldKind.Date, [T("2003")]),
                T("."),
            ], joneParts, new SourceSpan(41, 41, 11)),
            new BibliographyEntry("bib-reid-2005",
            [
                T("Reid, Donald. ‘François Furet’, "),
                new Styled(TextStyle.Italic, [new BibField(BibFieldKind.JournalTitle, [T("The European Legacy")])]),
                T(", vol. "),
                new BibField(BibFieldKind.Volume, [T("10")]),
                T(", no. "),
                new BibField(BibFieldKind.Issue, [T("2")]),
                T(" (2005): "),
                new BibField(BibFieldKind.Pages, [T("193-216")]),
                T(". "),
                new Link("https://example.org/reid", [T("https://example.org/reid")], IsBare: true),
            ], null, new SourceSpan(42, 42, 11)),
            new BibliographyEntry("bib-press-office", [new BibField(BibFieldKind.Author, [T("Press Office of the U.S.S.R. Embassy")]), T(". 1956.")],
                new BibliographicReference { Authors = [new PersonName(null, "Tucker")] }, new SourceSpan(43, 43, 11)),
        ], new SourceSpan(40, 43, 11));

        return new Document
        {
            Id = "full-essay",
            SourceDirectory = "/nonexistent/full-essay",
            Metadata = new DocumentMetadata
            {
                Title = [T("The Fundamental Weaknesses of "), new Styled(TextStyle.Italic, [T("De-Stalinisation")])],
                Authors = [new Author("Elena Seniuc", "Lincoln, University of Oxford"), new Author("A. N. Other", null)],
                Abstract = [new Paragraph([T("The following article assesses the limitations.")], new SourceSpan(3, 3, 1))],
                SourceSha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                Editorial =
                [
                    new EditorialNote(EditorialKind.Correction, "Obvious scraping errors corrected."),
                    new EditorialNote(EditorialKind.Normalization, "Quotation marks kept as printed."),
                    new EditorialNote(EditorialKind.Hyphenation, "End-of-line hyphens removed."),
                    new EditorialNote(EditorialKind.Segmentation, "Paragraphs joined across pages."),
                    new EditorialNote(EditorialKind.Interpretation, "Citations structured."),
                ],
            },
            Blocks =
            [
                firstParagraph,
                new Heading(2, [T("A section")], new SourceSpan(15, 15, 2)),
                new Paragraph([T("Inside the section.")], new SourceSpan(16, 16, 2)),
                new ListItem([T("first item")], new SourceSpan(17, 17, 2)),
                new ListItem([T("second item")], new SourceSpan(18, 18, 2)),
                new Heading(3, [T("A subsection")], new SourceSpan(19, 19, 2)),
                new Paragraph([T("Inside the subsection.")], new SourceSpan(20, 20, 2)),
                new Division(DivisionKind.Section, "conclusion", new Heading(2, [T("Conclusion")], new SourceSpan(21, 21, 3)),
                    [new Paragraph([T("It breathed a new life.")], new SourceSpan(22, 22, 3))], new SourceSpan(21, 22, 3)),
                new Paragraph([T("A paragraph after a division.")], new SourceSpan(23, 23, 3)),
                appendices,
                bibliography,
            ],
        };
    }

    private static Text T(string value) => new(value);
}

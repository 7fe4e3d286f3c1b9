using System.Xml.Linq;
using Pipeline.Model;
using Pipeline.Reading.Layout;
using Pipeline.Tests.Validation;
using Pipeline.Validation;
using Pipeline.Writing.Tei;

namespace Pipeline.Tests.Writing.Tei;

public sealed class TeiWriterTests
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";
    private static readonly XNamespace XmlNs = XNamespace.Xml;
    private static readonly TeiWriterOptions Options = new() { ImageBaseUrl = "full-essay/" };

    private static XDocument WriteFull() => Parse(TeiWriter.ToBytes(FullDocument.Build(), Options));

    private static XDocument Parse(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace);
    }

    private static XElement ById(XDocument doc, string id) =>
        doc.Descendants().Single(e => (string?)e.Attribute(XmlNs + "id") == id);

    [Fact]
    public void Write_FullDocument_IsValidAgainstProjectSchema()
    {
        var bytes = TeiWriter.ToBytes(FullDocument.Build(), Options);
        using var stream = new MemoryStream(bytes);

        var issues = new TeiValidator().Validate(stream);

        Assert.True(issues.IsEmpty, string.Join("\n", issues));
    }

    [SkippableFact]
    public async Task Write_FullDocument_IsValidAgainstTeiAllWithJing()
    {
        var missing = Jing.MissingReason();
        Skip.If(missing is not null, missing);
        var path = Path.Combine(Path.GetTempPath(), $"tei-full-{Guid.NewGuid():N}.xml");
        await File.WriteAllBytesAsync(path, TeiWriter.ToBytes(FullDocument.Build(), Options));
        try
        {
            var (exitCode, output) = await Jing.ValidateAsync(path);

            Assert.True(exitCode == 0, output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Write_EdgeDocument_IsValidAgainstProjectSchema()
    {
        using var stream = new MemoryStream(TeiWriter.ToBytes(EdgeDocument.Build(), Options));

        var issues = new TeiValidator().Validate(stream);

        Assert.True(issues.IsEmpty, string.Join("\n", issues));
    }

    [SkippableFact]
    public async Task Write_EdgeDocument_IsValidAgainstTeiAllWithJing()
    {
        var missing = Jing.MissingReason();
        Skip.If(missing is not null, missing);
        var path = Path.Combine(Path.GetTempPath(), $"tei-edge-{Guid.NewGuid():N}.xml");
        await File.WriteAllBytesAsync(path, TeiWriter.ToBytes(EdgeDocument.Build(), Options));
        try
        {
            var (exitCode, output) = await Jing.ValidateAsync(path);

            Assert.True(exitCode == 0, output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Write_EdgeDocument_FlattensNoteBlocksAndMovesDeepAppendixToBack()
    {
        var doc = Parse(TeiWriter.ToBytes(EdgeDocument.Build(), Options));

        var note = ById(doc, "note-edge");
        Assert.Equal(["p", "p", "p", "list", "listBibl", "figure"], note.Elements().Select(e => e.Name.LocalName));
        var zone = (string?)ById(doc, "note-figure").Element(Tei + "ab")!.Element(Tei + "lb")!.Attribute("facs");
        Assert.Equal("1", (string?)ById(doc, zone![1..]).Attribute("cert"));
        Assert.Equal("back", ById(doc, "holder").Parent!.Name.LocalName);
        Assert.Equal("appendices", (string?)ById(doc, "holder").Attribute("type"));
        Assert.Equal("body", ById(doc, "empty-section").Parent!.Name.LocalName);
        var reference = doc.Descendants(Tei + "bibl").Single(b => (string?)b.Attribute("corresp") == "#bib-applebaum");
        Assert.Equal("Applebaum", reference.Element(Tei + "ref")!.Element(Tei + "bibl")!.Element(Tei + "author")!.Element(Tei + "persName")!.Value[5..]);
        Assert.Equal("m", (string?)reference.Element(Tei + "ref")!.Element(Tei + "title")!.Attribute("level"));
        Assert.Equal("Allen Lane", reference.Element(Tei + "hi")!.Element(Tei + "bibl")!.Element(Tei + "publisher")!.Value);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Write_RandomDocument_IsValidAndDeterministic(int seed)
    {
        var first = TeiWriter.ToBytes(RandomDocument.Build(seed), Options);
        var second = TeiWriter.ToBytes(RandomDocument.Build(seed), Options);
        using var stream = new MemoryStream(first);

        var issues = new TeiValidator().Validate(stream);

        Assert.True(issues.IsEmpty, $"seed {seed}:\n{string.Join("\n", issues)}\n{System.Text.Encoding.UTF8.GetString(first)}");
        Assert.Equal(first, second);
    }

    [SkippableFact]
    public async Task Write_RandomDocuments_AreValidAgainstTeiAllWithJing()
    {
        var missing = Jing.MissingReason();
        Skip.If(missing is not null, missing);
        var folder = Directory.CreateTempSubdirectory("tei-random-");
        try
        {
            var paths = new List<string>();
            foreach (var seed in Enumerable.Range(1, 60))
            {
                var path = Path.Combine(folder.FullName, $"random-{seed}.xml");
                await File.WriteAllBytesAsync(path, TeiWriter.ToBytes(RandomDocument.Build(seed), Options));
                paths.Add(path);
            }

            var (exitCode, output) = await Jing.ValidateAsync([.. paths]);

            Assert.True(exitCode == 0, output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 200)];

    [Fact]
    public void Write_SameDocumentTwice_GivesSameBytes()
    {
        var first = TeiWriter.ToBytes(FullDocument.Build(), Options);
        var second = TeiWriter.ToBytes(FullDocument.Build(), Options);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Write_FullDocument_IsUtf8WithoutBomAndLfOnly()
    {
        var bytes = TeiWriter.ToBytes(FullDocument.Build(), Options);

        Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.DoesNotContain((byte)'\r', bytes);
    }

    [Fact]
    public void Write_Header_HoldsTitleAuthorsSourceEncodingAndAbstract()
    {
        var header = WriteFull().Root!.Element(Tei + "teiHeader")!;

        var titleStmt = header.Element(Tei + "fileDesc")!.Element(Tei + "titleStmt")!;
        Assert.Equal("The Fundamental Weaknesses of De-Stalinisation", titleStmt.Element(Tei + "title")!.Value);
        Assert.Equal("italic", (string?)titleStmt.Element(Tei + "title")!.Element(Tei + "hi")!.Attribute("rend"));
        var author = titleStmt.Elements(Tei + "author").First();
        Assert.Equal("Elena Seniuc", author.Element(Tei + "persName")!.Value);
        Assert.Equal("Lincoln, University of Oxford", author.Element(Tei + "affiliation")!.Value);
        Assert.Equal("University of Oxford", author.Element(Tei + "affiliation")!.Element(Tei + "orgName")!.Value);
        Assert.Null(titleStmt.Elements(Tei + "author").Last().Element(Tei + "affiliation"));

        // The source is the published article; the intermediate file and its hash belong to the conversion record.
        var source = header.Descendants(Tei + "sourceDesc").Single().Element(Tei + "bibl")!;
        Assert.Equal("The Fundamental Weaknesses of De-Stalinisation", source.Element(Tei + "title")!.Value);
        Assert.Empty(source.Elements(Tei + "idno"));
        var change = header.Element(Tei + "revisionDesc")!.Element(Tei + "change")!;
        Assert.Equal("document.md", change.Elements(Tei + "idno").Single(i => (string?)i.Attribute("type") == "filename").Value);
        Assert.Equal("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", change.Elements(Tei + "idno").Single(i => (string?)i.Attribute("type") == "SHA-256").Value);
        Assert.StartsWith("Converted to TEI by Pipeline ", change.Value, StringComparison.Ordinal);

        var application = header.Descendants(Tei + "application").Single();
        Assert.Equal("pipeline", (string?)application.Attribute("ident"));
        Assert.Matches(@"^\d+(\.\d+){0,2}$", (string?)application.Attribute("version"));

        var decl = header.Descendants(Tei + "editorialDecl").Single();
        Assert.Equal(["correction", "normalization", "hyphenation", "segmentation", "interpretation"], decl.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("none", (string?)decl.Element(Tei + "hyphenation")!.Attribute("eol"));
        Assert.Equal("End-of-line hyphens removed.", decl.Element(Tei + "hyphenation")!.Element(Tei + "p")!.Value);

        Assert.Equal("The following article assesses the limitations.", header.Descendants(Tei + "abstract").Single().Element(Tei + "p")!.Value);
    }

    [Fact]
    public void Write_EmptyMetadata_FallsBackToDocumentIdAndOmitsOptionalParts()
    {
        var document = new Document { Id = "bare", SourceDirectory = "/tmp", Blocks = [] };

        var doc = Parse(TeiWriter.ToBytes(document, new TeiWriterOptions()));

        Assert.Equal("bare", doc.Descendants(Tei + "titleStmt").Single().Element(Tei + "title")!.Value);
        Assert.Empty(doc.Descendants(Tei + "editorialDecl"));
        Assert.Empty(doc.Descendants(Tei + "profileDesc"));
        Assert.Empty(doc.Descendants(Tei + "facsimile"));
        Assert.Empty(doc.Descendants(Tei + "back"));
        using var stream = new MemoryStream(TeiWriter.ToBytes(document, new TeiWriterOptions()));
        Assert.Empty(new TeiValidator().Validate(stream));
    }

    [Fact]
    public void Write_Inlines_MapToHiPtrRefLbAndSpaces()
    {
        var p = WriteFull().Descendants(Tei + "body").Single().Element(Tei + "p")!;

        Assert.Equal(["italic", "bold", "sup", "sup"], p.Elements(Tei + "hi").Select(h => (string?)h.Attribute("rend")));
        Assert.Equal("2", p.Elements(Tei + "hi").Last().Value);
        Assert.Equal("http://digitalarchive.wilsoncenter.org/document/115995", (string?)p.Element(Tei + "ptr")!.Attribute("target"));
        Assert.Empty(p.Element(Tei + "ptr")!.Nodes());
        var cross = p.Elements(Tei + "ref").Single();
        Assert.Equal("#appendix-1", (string?)cross.Attribute("target"));
        Assert.Equal("Appendix 1", cross.Value);
        Assert.Single(p.Elements(Tei + "lb"));
        Assert.Contains(" a soft end a page seam", string.Concat(p.Nodes().OfType<XText>().Select(t => t.Value)), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Note_IsFootNoteWithLabelIdAndParagraphs()
    {
        var note = ById(WriteFull(), "note-1");

        Assert.Equal("note", note.Name.LocalName);
        Assert.Equal("foot", (string?)note.Attribute("place"));
        Assert.Equal("1", (string?)note.Attribute("n"));
        Assert.Equal(["p", "list"], note.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("https://example.org/a", (string?)note.Element(Tei + "p")!.Element(Tei + "ref")!.Attribute("target"));
    }

    [Fact]
    public void Write_Reference_IsBiblPointingToEntryWithStructuredFields()
    {
        var bibl = ById(WriteFull(), "note-1").Element(Tei + "p")!.Element(Tei + "bibl")!;

        Assert.Equal("#bib-jones-2003", (string?)bibl.Attribute("corresp"));
        Assert.Equal("Polly Jones", bibl.Element(Tei + "author")!.Element(Tei + "persName")!.Value);
        Assert.Equal("Harold Shukman", bibl.Element(Tei + "editor")!.Element(Tei + "persName")!.Value);
        Assert.Equal("a", (string?)bibl.Element(Tei + "title")!.Attribute("level"));
        Assert.Equal("m", (string?)bibl.Element(Tei + "hi")!.Element(Tei + "title")!.Attribute("level"));
        Assert.Equal("London", bibl.Element(Tei + "pubPlace")!.Value);
        Assert.Equal("Frank Cass Publishers", bibl.Element(Tei + "publisher")!.Value);
        Assert.Equal("2003", bibl.Element(Tei + "date")!.Value);
        Assert.Equal("page", (string?)bibl.Element(Tei + "biblScope")!.Attribute("unit"));
        Assert.Equal("Polly Jones, ‘From Stalinism to Post-Stalinism,’ in Redefining Stalinism, ed. Harold Shukman (London: Frank Cass Publishers, 2003): 127.", bibl.Value);
    }

    [Fact]
    public void Write_FieldOutsideReference_GetsItsOwnBibl()
    {
        var p = WriteFull().Descendants(Tei + "body").Single().Element(Tei + "p")!;

        var loose = p.Elements(Tei + "bibl").Single();
        Assert.Null(loose.Attribute("corresp"));
        Assert.Equal("Anne Applebaum", loose.Element(Tei + "author")!.Value);
        Assert.Null(loose.Element(Tei + "author")!.Element(Tei + "persName"));
    }

    [Fact]
    public void Write_Bibliography_IsBackDivWithListBiblOfIdentifiedEntries()
    {
        var doc = WriteFull();
        var div = ById(doc, "bibliography");

        Assert.Equal("back", div.Parent!.Name.LocalName);
        Assert.Equal("bibliography", (string?)div.Attribute("type"));
        Assert.Equal("Bibliography", div.Element(Tei + "head")!.Value);
        var entries = div.Element(Tei + "listBibl")!.Elements(Tei + "bibl").ToList();
        Assert.Equal(["bib-jones-2003", "bib-reid-2005", "bib-press-office"], entries.Select(e => (string?)e.Attribute(XmlNs + "id")));
        Assert.Equal("Jones, Polly", entries[0].Element(Tei + "author")!.Element(Tei + "persName")!.Value);
        Assert.Equal(["volume", "issue", "page"], entries[1].Elements(Tei + "biblScope").Select(s => (string?)s.Attribute("unit")));
        Assert.Equal("j", (string?)entries[1].Element(Tei + "hi")!.Element(Tei + "title")!.Attribute("level"));
        Assert.Equal("https://example.org/reid", (string?)entries[1].Element(Tei + "ptr")!.Attribute("target"));
        Assert.Null(entries[2].Element(Tei + "author")!.Element(Tei + "persName"));
    }

    [Fact]
    public void Write_Appendices_GoToBackInsideAppendicesDiv()
    {
        var doc = WriteFull();
        var holder = ById(doc, "appendices");

        Assert.Equal("back", holder.Parent!.Name.LocalName);
        Assert.Equal("appendices", (string?)holder.Attribute("type"));
        Assert.Equal(["appendix", "appendix"], holder.Elements(Tei + "div").Select(d => (string?)d.Attribute("type")));
        Assert.Equal("Appendix 1. The Secret Speech", ById(doc, "appendix-1").Element(Tei + "head")!.Value);
    }

    [Fact]
    public void Write_Headings_OpenNestedDivsAndLooseBlocksAfterDivsGetTheirOwnDiv()
    {
        var body = WriteFull().Descendants(Tei + "body").Single();

        Assert.Equal(["p", "div", "div", "div"], body.Elements().Select(e => e.Name.LocalName));
        var section = body.Elements(Tei + "div").First();
        Assert.Equal("A section", section.Element(Tei + "head")!.Value);
        Assert.Equal(["head", "p", "list", "div"], section.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(["first item", "second item"], section.Element(Tei + "list")!.Elements(Tei + "item").Select(i => i.Value));
        Assert.Equal("A subsection", section.Element(Tei + "div")!.Element(Tei + "head")!.Value);
        Assert.Equal("A paragraph after a division.", body.Elements(Tei + "div").Last().Element(Tei + "p")!.Value);
    }

    [Fact]
    public void Write_ReadingSideBlock_IsRefused()
    {
        var span = new SourceSpan(1, 1, 1);
        var document = FullDocument.Build() with { Blocks = [new Paragraph([new Text("body")], span), new FootnoteText("1", [new Text("never linked")], span)] };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TeiWriter.ToBytes(document, Options));

        Assert.Contains(nameof(FootnoteText), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_OcrFigure_HasSurfaceZonesAndLinesPointingToThem()
    {
        var doc = WriteFull();
        var surface = ById(doc, "appendix-2-figure-surface");

        Assert.Equal("facsimile", surface.Parent!.Name.LocalName);
        Assert.Equal(["0", "0", "1200", "1600"], new[] { "ulx", "uly", "lrx", "lry" }.Select(a => (string?)surface.Attribute(a)));
        Assert.Empty(surface.Elements(Tei + "graphic"));
        var zones = surface.Elements(Tei + "zone").ToList();
        Assert.Equal(["appendix-2-figure-z1", "appendix-2-figure-z2", "appendix-2-figure-z3"], zones.Select(z => (string?)z.Attribute(XmlNs + "id")));
        Assert.Equal(["100", "245", "1000", "285"], new[] { "ulx", "uly", "lrx", "lry" }.Select(a => (string?)zones[2].Attribute(a)));
        Assert.Equal(["0.91", "0.88"], zones[1..].Select(z => (string?)z.Attribute("cert")));
        Assert.All(zones, z => Assert.Equal("#pipeline", (string?)z.Attribute("resp")));

        var figure = ById(doc, "appendix-2-figure");
        Assert.Equal("#appendix-2-figure-surface", (string?)figure.Attribute("facs"));
        Assert.Equal("Stalingrad renamed", figure.Element(Tei + "head")!.Value);
        Assert.Equal("full-essay/images/appendix%202.jpg", (string?)figure.Element(Tei + "graphic")!.Attribute("url"));
        var paragraphs = figure.Elements(Tei + "ab").ToList();
        Assert.Equal(2, paragraphs.Count);
        var lines = paragraphs[1].Elements(Tei + "lb").ToList();
        Assert.Equal(["#appendix-2-figure-z2", "#appendix-2-figure-z3"], lines.Select(l => (string?)l.Attribute("facs")));
        Assert.All(lines, l => Assert.Null(l.Attribute("cert")));
        Assert.Null(lines[0].Attribute("break"));
        Assert.Equal("no", (string?)lines[1].Attribute("break"));
        Assert.Equal("MOSCOW, Saturday, Nov. 11 (Reuters)—The \"Hero City\" of Stalingrad has been renamed Volgograd.", paragraphs[1].Value);
    }

    [Fact]
    public void Write_FigureReadFromScrape_HasNoLinesAndNoOrphanZones()
    {
        var doc = WriteFull();
        var figure = ById(doc, "appendix-1-figure");

        Assert.Null(figure.Attribute("facs"));
        Assert.Empty(figure.Elements(Tei + "ab"));
        Assert.DoesNotContain(doc.Descendants(Tei + "surface"), s => (string?)s.Attribute(XmlNs + "id") == "appendix-1-figure-surface");
    }

    [Fact]
    public void Write_EveryZone_IsPointedToAndNoImageIsGivenTwice()
    {
        var doc = WriteFull();

        var pointed = doc.Descendants(Tei + "lb").Select(l => (string?)l.Attribute("facs")).ToHashSet();
        Assert.All(doc.Descendants(Tei + "zone"), z => Assert.Contains("#" + (string?)z.Attribute(XmlNs + "id"), pointed));
        var urls = doc.Descendants(Tei + "graphic").Select(g => (string?)g.Attribute("url")).ToList();
        Assert.Equal(urls.Distinct().Count(), urls.Count);
    }

    [Fact]
    public void Write_FigureNotTranscribed_SaysWhyInFigDesc()
    {
        var doc = WriteFull();
        var failed = ById(doc, "appendix-3-figure");
        var pending = ById(doc, "appendix-4-figure");

        Assert.Equal("Not transcribed: the image is too small to read", failed.Element(Tei + "figDesc")!.Value);
        Assert.Null(failed.Attribute("facs"));
        Assert.Equal(["head", "graphic"], pending.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("full-essay/appendix-4.jpg", (string?)pending.Element(Tei + "graphic")!.Attribute("url"));
    }

    [Fact]
    public void Write_InvalidAndDuplicateIds_AreRepairedAndPointersStillMatch()
    {
        var span = new SourceSpan(1, 1, 1);
        var document = new Document
        {
            Id = "ids",
            SourceDirectory = "/tmp",
            Blocks =
            [
                new Paragraph(
                [
                    new CrossReference("1 appendix", [new Text("see")]),
                    new Note("1", "note-1", [new Paragraph([new Text("first")], span)]),
                    new Note("1", "note-1", [new Paragraph([new Text("same id again")], span)]),
                    new Note("", "", [new Paragraph([new Text("no label, no id")], span)]),
                ], span),
                new Division(DivisionKind.Appendix, "1 appendix", null, [new Paragraph([new Text("appendix")], span)], span),
            ],
        };

        var bytes = TeiWriter.ToBytes(document, new TeiWriterOptions());

        var doc = Parse(bytes);
        Assert.Equal("#id-1-appendix", (string?)doc.Descendants(Tei + "ref").Single().Attribute("target"));
        Assert.Equal("appendix", ById(doc, "id-1-appendix").Value.Trim());
        var notes = doc.Descendants(Tei + "note").ToList();
        Assert.Equal(["note-1", "note-1-2", "note-unnamed-1"], notes.Select(n => (string?)n.Attribute(XmlNs + "id")));
        Assert.Equal("*", (string?)notes[2].Attribute("n"));
        using var stream = new MemoryStream(bytes);
        Assert.Empty(new TeiValidator().Validate(stream));
    }

    [Fact]
    public void Write_ControlCharactersInText_AreDroppedAndOutputStaysValid()
    {
        var document = new Document
        {
            Id = "control",
            SourceDirectory = "/tmp",
            Blocks = [new Paragraph([new Text("bell\u0007 and form\u000Cfeed \uD800 end")], new SourceSpan(1, 1, 1))],
        };

        var bytes = TeiWriter.ToBytes(document, new TeiWriterOptions());

        Assert.Equal("bell and formfeed  end", Parse(bytes).Descendants(Tei + "body").Single().Element(Tei + "p")!.Value);
        using var stream = new MemoryStream(bytes);
        Assert.Empty(new TeiValidator().Validate(stream));
    }

    [Fact]
    public void Write_MixedContent_GetsNoIndentationWhitespace()
    {
        var text = System.Text.Encoding.UTF8.GetString(TeiWriter.ToBytes(FullDocument.Build(), Options));

        Assert.Contains("<p>The notion of <hi rend=\"italic\">destalinizatsiya</hi>", text, StringComparison.Ordinal);
        // The section opens page 2, whose break stands inside its head.
        Assert.Contains("\n        <head><pb />A section</head>\n", text, StringComparison.Ordinal);
    }
}

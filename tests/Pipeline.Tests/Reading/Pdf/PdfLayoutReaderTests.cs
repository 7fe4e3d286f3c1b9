using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading.Layout;
using Pipeline.Reading.Pdf;
using Pipeline.Tests.Support;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Pipeline.Tests.Reading.Pdf;

public sealed class PdfLayoutReaderTests
{
    private static Task<(Document? Document, DiagnosticBag Diagnostics)> ReadAsync(byte[] bytes) => PdfReading.ReadAsync(bytes);

    private static async Task<Document> ReadFixtureAsync(string name) => (await PdfReading.ReadFixtureAsync(name)).Document;

    private static string TextOf(IEnumerable<Inline> inlines) => PdfReading.TextOf(inlines);

    /// <summary>
    /// Pages of 12 pt Helvetica with a running head, a page number, a raised 7 pt call-out (two
    /// together on page 2) and a foot zone of 9 pt notes under a short rule.
    /// </summary>
    private static byte[] FootnotedPdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var label = 1;
        for (var p = 1; p <= 3; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("A Study of Footnotes", 9, new PdfPoint(250, 800), font);
            var y = 760.0;
            for (var l = 0; l < 8; l++)
            {
                var letters = page.AddText($"Body line {l} of page {p} runs on with words enough to fill it nicely", 12, new PdfPoint(72, y), font);
                if (l == 3)
                {
                    var end = letters[^1].EndBaseLine.X;
                    var calls = p == 2 ? $"{label}{label + 1}" : $"{label}";
                    page.AddText(calls, 7, new PdfPoint(end + 0.5, y + 4.5), font);
                }

                y -= 14.4;
            }

            page.DrawLine(new PdfPoint(72, 160), new PdfPoint(200, 160), 0.5);
            var noteY = 145.0;
            foreach (var n in p == 2 ? new[] { label, label + 1 } : [label])
            {
                page.AddText($"{n}", 6, new PdfPoint(72, noteY + 3.5), font);
                page.AddText($"Note number {n} says where.", 9, new PdfPoint(78, noteY), font);
                noteY -= 11;
            }

            label += p == 2 ? 2 : 1;
            page.AddText($"{p}", 10, new PdfPoint(297, 40), font);
        }

        return builder.Build();
    }

    [Fact]
    public async Task Read_RaisedCallsAndFootZone_BecomeCallsAndNotes()
    {
        var (document, diagnostics) = await ReadAsync(FootnotedPdf());

        Assert.NotNull(document);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var calls = document.Blocks.OfType<Paragraph>().SelectMany(p => p.Content.OfType<NoteCall>()).Select(c => c.Label);
        Assert.Equal(["1", "2", "3", "4"], calls);
        var notes = document.Blocks.OfType<FootnoteText>().ToList();
        Assert.Equal(["1", "2", "3", "4"], notes.Select(n => n.Label));
        Assert.Equal("Note number 3 says where.", TextOf(notes[2].Content));
        Assert.Equal(3, document.Blocks.OfType<FootRule>().Count());
    }

    [Fact]
    public async Task Read_RunningHeadAndPageNumbers_AreDroppedAndReported()
    {
        var (document, diagnostics) = await ReadAsync(FootnotedPdf());

        Assert.NotNull(document);
        var text = string.Join("\n", document.Blocks.OfType<Paragraph>().Select(p => TextOf(p.Content)));
        Assert.DoesNotContain("A Study of Footnotes", text, StringComparison.Ordinal);
        Assert.Equal(3, diagnostics.Items.Count(d => d.Code == PdfReadingCodes.RunningHead));
        Assert.Equal(3, diagnostics.Items.Count(d => d.Code == PdfReadingCodes.PageNumber));
    }

    [Fact]
    public async Task Read_ParagraphCutByPageBreak_IsOneParagraphWithAPageSeam()
    {
        var (document, _) = await ReadAsync(FootnotedPdf());

        Assert.NotNull(document);
        var paragraphs = document.Blocks.OfType<Paragraph>().ToList();
        Assert.Single(paragraphs);
        Assert.Equal(2, paragraphs[0].Content.OfType<LineEnd>().Count(e => e.Kind == LineEndKind.Page));
    }

    [Fact]
    public async Task Read_NotAPdf_IsADamagedError()
    {
        var (document, diagnostics) = await ReadAsync("%PDF-1.7\nthis is no PDF at all\n"u8.ToArray());

        Assert.Null(document);
        Assert.Contains(diagnostics.Items, d => d.Code == PdfReadingCodes.Damaged && d.Severity == Severity.Error);
    }

    /// <summary>A justified page of 10 pt Helvetica: full lines, a blank line, then the lines of <paramref name="tail"/> at their left edges.</summary>
    private static byte[] JustifiedPdf(params (string Text, double Left, bool Bold)[] tail)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.A4);
        var y = 760.0;
        for (var l = 0; l < 8; l++)
        {
            page.AddText($"Body line {l} of the page runs on with words enough to fill the measure", 10, new PdfPoint(72, y), regular);
            y -= 12;
        }

        // A blank line: what follows starts a block of its own.
        y -= 12;
        foreach (var (text, left, isBold) in tail)
        {
            page.AddText(text, 10, new PdfPoint(left, y), isBold ? bold : regular);
            y -= 12;
        }

        return builder.Build();
    }

    [Fact]
    public async Task Read_BoldLineAtTheParagraphIndent_IsABoldParagraphNotAHeading()
    {
        var (document, _) = await ReadAsync(JustifiedPdf(
            ("A Headline Set In Bold", 90, true),
            ("The story under the headline starts at the same indent and runs on", 90, false),
            ("Body line 9 of the page runs on with words enough to fill the measure", 72, false)));

        Assert.NotNull(document);
        Assert.DoesNotContain(document.Blocks, b => b is Heading h && TextOf(h.Content).Contains("Headline", StringComparison.Ordinal));
        var lead = Assert.Single(document.Blocks.OfType<Paragraph>(), p => TextOf(p.Content).StartsWith("A Headline", StringComparison.Ordinal));
        Assert.IsType<Styled>(Assert.Single(lead.Content));
    }

    [Fact]
    public async Task Read_BoldLineFlushLeft_IsStillAHeading()
    {
        var (document, _) = await ReadAsync(JustifiedPdf(("A Section Heading", 72, true), ("Body line 9 of the page runs on with words enough to fill the measure", 72, false)));

        Assert.NotNull(document);
        Assert.Contains(document.Blocks, b => b is Heading h && TextOf(h.Content) == "A Section Heading");
    }

    [Fact]
    public async Task Read_OneLineEntriesEndingInFullStops_AreParagraphsOfTheirOwn()
    {
        var (document, _) = await ReadAsync(JustifiedPdf(
            ("Achminow, Herman. A Decade. Studies, 1965: 11-20.", 72, false),
            ("Applebaum, Anne. Gulag. London, 2003.", 72, false)));

        Assert.NotNull(document);
        var texts = document.Blocks.OfType<Paragraph>().Select(p => TextOf(p.Content)).ToList();
        Assert.Contains("Achminow, Herman. A Decade. Studies, 1965: 11-20.", texts);
        Assert.Contains("Applebaum, Anne. Gulag. London, 2003.", texts);
    }

    [Fact]
    public async Task Read_EncryptedPdf_IsAnEncryptedErrorAndNoDocument()
    {
        var (document, diagnostics) = await ReadAsync(EncryptedPdf());

        Assert.Null(document);
        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal(PdfReadingCodes.Encrypted, error.Code);
        Assert.Contains("encrypted", error.Message, StringComparison.Ordinal);
        Assert.Contains("password", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A one-page PDF under the standard security handler (RC4, 40 bits) whose password entries fit
    /// neither an empty user password nor any owner password: it cannot be opened without one.
    /// </summary>
    private static byte[] EncryptedPdf()
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            "<< /Length 16 >>\nstream\n0123456789abcdef\nendstream",
            $"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <{new string('1', 64)}> /U <{new string('2', 64)}> >>",
        ];
        var text = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        var id = new string('a', 32);
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<{id}> <{id}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(text.ToString());
    }

    [Fact]
    public async Task Read_PagesWithoutText_IsAnEmptyError()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).DrawLine(new PdfPoint(72, 500), new PdfPoint(300, 500));

        var (document, diagnostics) = await ReadAsync(builder.Build());

        Assert.Null(document);
        Assert.Contains(diagnostics.Items, d => d.Code == PdfReadingCodes.Empty && d.Severity == Severity.Error);
    }

    [Fact]
    public async Task Read_Buildings2_FindsEveryNoteAndItsCall()
    {
        var document = await ReadFixtureAsync("buildings-2.pdf");

        var labels = document.Blocks.OfType<FootnoteText>().Select(n => int.Parse(n.Label, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(1, 75), labels);
        var calls = document.Blocks.SelectMany(b => b switch { Paragraph p => p.Content, Quotation q => q.Content, Heading h => h.Content, _ => [] }).OfType<NoteCall>().Count();
        Assert.Equal(75, calls);
        Assert.IsType<Heading>(document.Blocks[0]);
    }

    [Fact]
    public async Task Read_PagesOfImagesOnly_SaysThereIsNoTextLayer()
    {
        var builder = new PdfDocumentBuilder();
        var jpeg = await File.ReadAllBytesAsync(Path.Combine(SeedFiles.SeedDirectory, "appendix-1.jpg"));
        builder.AddPage(PageSize.A4).AddJpeg(jpeg, new PdfRectangle(72, 300, 500, 700));

        var (document, diagnostics) = await ReadAsync(builder.Build());

        Assert.Null(document);
        var error = Assert.Single(diagnostics.Items, d => d.Severity == Severity.Error);
        Assert.Equal(PdfReadingCodes.NoTextLayer, error.Code);
        Assert.Contains("no text layer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_SeedPdf_ExtractsBothAppendixScansAsFigures()
    {
        var document = await ReadFixtureAsync("seed-essay.pdf");

        var figures = document.Blocks.OfType<Figure>().ToList();
        Assert.Equal(2, figures.Count);
        Assert.Equal([7, 8], figures.Select(f => f.Span.Page));
        foreach (var figure in figures)
        {
            var image = await File.ReadAllBytesAsync(Path.Combine(document.SourceDirectory, figure.ImagePath));
            Assert.Equal([0xFF, 0xD8], image[..2]);
        }

        Assert.Equal(55, document.Blocks.OfType<FootnoteText>().Count());
    }

    [Fact]
    public async Task Read_Buildings1TwoColumns_ReadsEachColumnWithItsOwnFootnotes()
    {
        var document = await ReadFixtureAsync("buildings-1.pdf");

        var labels = document.Blocks.OfType<FootnoteText>().Select(n => n.Label).ToList();
        Assert.Equal(Enumerable.Range(1, 96).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), labels);
        var text = string.Join(" ", document.Blocks.OfType<Paragraph>().Select(p => TextOf(p.Content)));
        Assert.Contains("The Journal entry briefly records that on Monday, September 5, 1774,", text, StringComparison.Ordinal);
    }
}

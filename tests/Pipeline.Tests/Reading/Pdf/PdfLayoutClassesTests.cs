using Pipeline.Model;
using Pipeline.Reading.Layout;
using Pipeline.Reading.Pdf;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using static Pipeline.Tests.Reading.Pdf.PdfReading;

namespace Pipeline.Tests.Reading.Pdf;

/// <summary>
/// Layouts that hold across PDFs: a quotation that runs from one column into the next, and a first
/// page's footer that shares its line with the page number.
/// </summary>
public sealed class PdfLayoutClassesTests
{
    private const double LeftColumn = 72;
    private const double RightColumn = 315;
    private const double QuoteIndent = 18;

    /// <summary>
    /// One page of two columns in 10 pt Courier (every line of a kind the same width): body lines,
    /// a quotation indented <see cref="QuoteIndent"/> at the left column's foot, then the right column
    /// opening with <paramref name="rightOpening"/> at the same indent from its own edge, then body lines.
    /// </summary>
    private static byte[] QuotationAcrossColumnsPdf(params string[] rightOpening)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Courier);
        var page = builder.AddPage(PageSize.A4);
        var y = 760.0;
        for (var l = 0; l < 8; l++)
        {
            page.AddText($"Left column body line {l} runs on", 10, new PdfPoint(LeftColumn, y), font);
            y -= 12;
        }

        page.AddText("and ends here:", 10, new PdfPoint(LeftColumn, y), font);
        y -= 12;
        for (var q = 0; q < 4; q++)
        {
            page.AddText($"Quoted line {q} of the letter", 10, new PdfPoint(LeftColumn + QuoteIndent, y), font);
            y -= 12;
        }

        y = 760.0;
        foreach (var line in rightOpening)
        {
            page.AddText(line, 10, new PdfPoint(RightColumn + QuoteIndent, y), font);
            y -= 12;
        }

        for (var l = 0; l < 8; l++)
        {
            page.AddText($"Right column body line {l} goes", 10, new PdfPoint(RightColumn, y), font);
            y -= 12;
        }

        return builder.Build();
    }

    [Fact]
    public async Task Read_QuotationGoingOnAtTheSameIndentInTheNextColumn_IsOneParagraph()
    {
        var (document, _) = await ReadAsync(QuotationAcrossColumnsPdf("Quoted line 4 of the letter", "Quoted line 5 of the letter"));

        Assert.NotNull(document);
        var texts = document.Blocks.OfType<Paragraph>().Select(p => TextOf(p.Content)).ToList();
        Assert.Equal(3, texts.Count);
        Assert.StartsWith("Quoted line 0", texts[1], StringComparison.Ordinal);
        Assert.Contains("Quoted line 3 of the letter Quoted line 4", texts[1], StringComparison.Ordinal);
        Assert.EndsWith("Quoted line 5 of the letter", texts[1].TrimEnd(), StringComparison.Ordinal);
        Assert.StartsWith("Right column body line 0", texts[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_NextColumnOpeningWithAnIndentedFirstLine_IsANewParagraph()
    {
        var (document, _) = await ReadAsync(QuotationAcrossColumnsPdf("A new paragraph opens there"));

        Assert.NotNull(document);
        var texts = document.Blocks.OfType<Paragraph>().Select(p => TextOf(p.Content)).ToList();
        Assert.Equal(3, texts.Count);
        Assert.EndsWith("Quoted line 3 of the letter", texts[1].TrimEnd(), StringComparison.Ordinal);
        Assert.StartsWith("A new paragraph opens there Right column body line 0", texts[2], StringComparison.Ordinal);
    }

    /// <summary>
    /// Three pages of 11 pt Helvetica with the page number at the foot's right margin; on the first
    /// page the number shares its line with a footer no other page repeats.
    /// </summary>
    private static byte[] FirstPageFooterPdf()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 1; p <= 3; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 760.0;
            for (var l = 0; l < 8; l++)
            {
                page.AddText($"Body line {l} of page {p} runs on with words enough to fill it.", 11, new PdfPoint(72, y), font);
                y -= 14;
            }

            if (p == 1)
            {
                page.AddText("Journal of Layout Tests - The Test Press", 8, new PdfPoint(72, 40), font);
            }

            page.AddText($"{p}", 8, new PdfPoint(515, 40), font);
        }

        return builder.Build();
    }

    [Fact]
    public async Task Read_FirstPageFooterBesideThePageNumber_IsDroppedAsFurniture()
    {
        var (document, diagnostics) = await ReadAsync(FirstPageFooterPdf());

        Assert.NotNull(document);
        var text = string.Join("\n", document.Blocks.OfType<Paragraph>().Select(p => TextOf(p.Content)));
        Assert.DoesNotContain("Journal of Layout Tests", text, StringComparison.Ordinal);
        Assert.Contains("Body line 7 of page 1", text, StringComparison.Ordinal);
        Assert.Contains(diagnostics.Items, d => d.Code == PdfReadingCodes.PageNumber && d.Message.Contains("Journal of Layout Tests", StringComparison.Ordinal));
        Assert.Equal(3, diagnostics.Items.Count(d => d.Code == PdfReadingCodes.PageNumber));
    }

    [Fact]
    public async Task Read_Buildings1_QuotationsRunOnAcrossColumnAndPageAndTheFirstPageFooterIsNotANote()
    {
        var (document, diagnostics) = await ReadFixtureAsync("buildings-1.pdf");

        var texts = document.Blocks.OfType<Paragraph>().Select(p => TextOf(p.Content)).ToList();
        Assert.Contains(texts, t => t.Contains("take a lease from Samuel Frauncis [sic] for his house", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("situated in Great Dock Street, at the corner of Broad Street", StringComparison.Ordinal));
        var notes = document.Blocks.OfType<FootnoteText>().ToDictionary(n => n.Label, n => TextOf(n.Content).Trim());
        Assert.EndsWith("(Washington, 1889), III, 288.", notes["4"], StringComparison.Ordinal);
        Assert.EndsWith("The Works of John Adams", notes["7"], StringComparison.Ordinal);
        Assert.Contains(diagnostics.Items, d => d.Code == PdfReadingCodes.RunningHead && d.Message.Contains("U.S. Department of State", StringComparison.Ordinal));
    }
}

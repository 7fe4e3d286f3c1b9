using System.Xml.Linq;
using Pipeline.Conversion;
using Pipeline.Model;
using Pipeline.Reading.Pdf;
using Pipeline.Stages;
using Pipeline.Tests.Conversion;
using Pipeline.Tests.Support;
using Pipeline.Validation;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using static Pipeline.Tests.Reading.Pdf.PdfReading;

namespace Pipeline.Tests.Reading.Pdf;

/// <summary>
/// The paragraph just under an image is its caption when it opens with a label and number or is
/// set smaller than the text; an article's closing section of figures goes to the back matter.
/// </summary>
public sealed class FigureCaptionTests
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";

    /// <summary>
    /// Page 1: a title and body lines in 11 pt Times; page 2: a heading "Plates", an image and, one
    /// line under it, <paramref name="under"/> at <paramref name="underSize"/>, then nothing.
    /// When <paramref name="textAfter"/>, a body paragraph follows on page 2 (the section is not figures only).
    /// </summary>
    private static async Task<byte[]> FigurePdfAsync(string under, double underSize, bool textAfter = false)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var bold = builder.AddStandard14Font(Standard14Font.TimesBold);
        var first = builder.AddPage(PageSize.A4);
        first.AddText("On Plates and Pictures", 18, new PdfPoint(72, 770), bold);
        var y = 730.0;
        for (var l = 0; l < 12; l++)
        {
            first.AddText($"The body of the essay goes on in its line number {l} here and", 11, new PdfPoint(72, y), regular);
            y -= 13.5;
        }

        first.AddText("it ends.", 11, new PdfPoint(72, y), regular);
        var second = builder.AddPage(PageSize.A4);
        second.AddText("Plates", 14, new PdfPoint(72, 770), bold);
        var jpeg = await File.ReadAllBytesAsync(Path.Combine(SeedFiles.SeedDirectory, "appendix-1.jpg"));
        second.AddJpeg(jpeg, new PdfRectangle(72, 500, 472, 740));
        second.AddText(under, underSize, new PdfPoint(72, 500 - (1.5 * underSize)), regular);
        if (textAfter)
        {
            second.AddText("A paragraph of the essay stands after the picture and", 11, new PdfPoint(72, 420), regular);
            second.AddText("it ends.", 11, new PdfPoint(72, 406.5), regular);
        }

        return builder.Build();
    }

    [Theory]
    [InlineData("Figure 1: A clipping from the paper.", 11)]
    [InlineData("Fig. 2. A clipping from the paper.", 11)]
    [InlineData("A clipping from the paper, courtesy of its owner.", 9)]
    public async Task Read_LabelledOrSmallerLineUnderAnImage_IsTheFiguresCaption(string caption, double size)
    {
        var (document, diagnostics) = await ReadAsync(await FigurePdfAsync(caption, size));

        Assert.NotNull(document);
        var figure = Assert.Single(document.Blocks.OfType<Figure>());
        Assert.Equal(caption, TextOf(figure.Caption).Trim());
        Assert.DoesNotContain(document.Blocks.OfType<Paragraph>(), p => TextOf(p.Content).Contains("clipping", StringComparison.Ordinal));
        Assert.Contains(diagnostics.Items, d => d.Code == PdfReadingCodes.Caption);
    }

    [Fact]
    public async Task Read_TextTypeWithoutALabelUnderAnImage_StaysAParagraph()
    {
        var (document, _) = await ReadAsync(await FigurePdfAsync("The essay goes on under the picture.", 11));

        Assert.NotNull(document);
        Assert.True(Assert.Single(document.Blocks.OfType<Figure>()).Caption.IsDefaultOrEmpty);
        Assert.Contains(document.Blocks.OfType<Paragraph>(), p => TextOf(p.Content).Contains("goes on under the picture", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Convert_ClosingSectionOfFiguresOnly_IsWrittenInTheBack()
    {
        var body = await ConvertBodyAndBackAsync(await FigurePdfAsync("Figure 1: A clipping from the paper.", 11));

        Assert.DoesNotContain("clipping", body.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Plates", body.Body, StringComparison.Ordinal);
        Assert.Contains("line number 11", body.Body, StringComparison.Ordinal);
        Assert.Equal("Figure 1: A clipping from the paper.", body.FigureHead);
    }

    [Fact]
    public async Task Convert_SectionOfAFigureAndText_StaysInTheBody()
    {
        var body = await ConvertBodyAndBackAsync(await FigurePdfAsync("Figure 1: A clipping from the paper.", 11, textAfter: true));

        Assert.Contains("Plates", body.Body, StringComparison.Ordinal);
        Assert.Contains("stands after the picture", body.Body, StringComparison.Ordinal);
    }

    private static async Task<(string Body, string? FigureHead)> ConvertBodyAndBackAsync(byte[] pdf)
    {
        using var folder = new TempFolder();
        var document = Path.Combine(folder.Path, "plates");
        Directory.CreateDirectory(document);
        await File.WriteAllBytesAsync(Path.Combine(document, "document.pdf"), pdf);
        var options = new ConversionOptions { Pipeline = new() { FigureOcr = new() { Enabled = false } } };
        using var converter = new DocumentConverter([new PdfReader(Path.Combine(folder.Path, "images"))], PipelineStages.Default, new TeiValidator());

        var result = await converter.ConvertAsync(document, options, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var stream = new MemoryStream(result.Tei!);
        var tei = XDocument.Load(stream);
        var head = tei.Descendants(Tei + "back").Descendants(Tei + "figure").Elements(Tei + "head").SingleOrDefault()?.Value;
        return (tei.Descendants(Tei + "body").Single().Value, head);
    }
}

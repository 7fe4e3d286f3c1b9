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
/// A typesetter's placement line ("[see Figure 1 at the end of the article]") set apart between the
/// lines of the text is kept as a placement, not as the author's words; the paragraph it interrupts
/// goes on over it when the next line is unindented; it points at the figure whose caption names it.
/// </summary>
public sealed class PlacementLineTests
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";

    /// <summary>
    /// Page 1, 11 pt Times, 13.5 pt leading: a paragraph whose short last line ends a sentence, two
    /// leadings of space, <paramref name="placement"/> centred, two leadings, an unindented line going
    /// on; later "[Figure 2 about here]" before an indented new paragraph, and "[page 2]" standing
    /// apart. Page 2: a heading, an image and its caption "Figure 1: …".
    /// </summary>
    private static async Task<byte[]> PlacementPdfAsync(string placement = "[see Figure 1 at the end of the article]")
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var bold = builder.AddStandard14Font(Standard14Font.TimesBold);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("On Letters and Litter", 18, new PdfPoint(72, 770), bold);
        var y = 730.0;

        void Line(string text, double x = 72)
        {
            page.AddText(text, 11, new PdfPoint(x, y), regular);
            y -= 13.5;
        }

        Line("The first paragraph of the essay opens here with its indented line", 90);
        for (var l = 0; l < 5; l++)
        {
            Line($"and the body of the essay goes on in its line number {l} here and");
        }

        Line("so it ends a sentence.");
        y -= 13.5;
        Line(placement, 130);
        y -= 13.5;
        Line("The same paragraph goes on after the placement in a line that runs");
        Line("on to the margin of the column as the lines above do, and ends.");
        Line("Then a second paragraph opens with its indented line and runs on", 90);
        Line("to its end.");
        y -= 13.5;
        Line("[Figure 2 about here]", 240);
        y -= 13.5;
        Line("A third paragraph opens after it with an indented first line that", 90);
        Line("runs on to its end.");
        y -= 13.5;
        Line("[page 2]", 270);
        y -= 13.5;
        Line("A fourth paragraph opens after the bracketed line and runs on to", 90);
        Line("its end.");

        var second = builder.AddPage(PageSize.A4);
        second.AddText("Figures", 14, new PdfPoint(72, 770), bold);
        var jpeg = await File.ReadAllBytesAsync(Path.Combine(SeedFiles.SeedDirectory, "appendix-1.jpg"));
        second.AddJpeg(jpeg, new PdfRectangle(72, 500, 472, 740));
        second.AddText("Figure 1: A letter on the back of a draft.", 11, new PdfPoint(72, 483.5), regular);
        return builder.Build();
    }

    private static IEnumerable<Placement> PlacementsOf(Paragraph paragraph) => paragraph.Content.OfType<Placement>();

    [Fact]
    public async Task Read_PlacementBetweenLinesOfAParagraph_IsKeptApartAndTheParagraphGoesOn()
    {
        var (document, diagnostics) = await ReadAsync(await PlacementPdfAsync());

        Assert.NotNull(document);
        var paragraph = Assert.Single(document.Blocks.OfType<Paragraph>(), p => PlacementsOf(p).Any(x => x.Label == "Figure 1"));
        var text = TextOf(paragraph.Content);
        Assert.Contains("so it ends a sentence.", text, StringComparison.Ordinal);
        Assert.Contains("The same paragraph goes on after the placement", text, StringComparison.Ordinal);
        Assert.DoesNotContain("see Figure 1", text, StringComparison.Ordinal);
        var placement = Assert.Single(PlacementsOf(paragraph));
        Assert.Equal("[see Figure 1 at the end of the article]", TextOf(placement.Content));
        Assert.Equal("figure-1", placement.TargetId);
        Assert.Equal(2, diagnostics.Items.Count(d => d.Code == PdfReadingCodes.Placement));
    }

    [Fact]
    public async Task Read_PlacementBeforeAnIndentedLine_OpensTheNewParagraphUnlinkedWithoutACaption()
    {
        var (document, diagnostics) = await ReadAsync(await PlacementPdfAsync());

        Assert.NotNull(document);
        var paragraph = Assert.Single(document.Blocks.OfType<Paragraph>(), p => PlacementsOf(p).Any(x => x.Label == "Figure 2"));
        Assert.IsType<Placement>(paragraph.Content[0]);
        Assert.StartsWith(" A third paragraph opens", TextOf(paragraph.Content), StringComparison.Ordinal);
        Assert.Null(Assert.Single(PlacementsOf(paragraph)).TargetId);
        Assert.DoesNotContain(document.Blocks.OfType<Paragraph>(), p => TextOf(p.Content).Contains("second paragraph", StringComparison.Ordinal) && PlacementsOf(p).Any());
        Assert.Contains(diagnostics.Items, d => d.Code == PdfReadingCodes.Placement && d.Message.Contains("not linked", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[page 2]")]
    [InlineData("[illegible]")]
    public async Task Read_BracketedLineNamingNoDisplay_StaysText(string line)
    {
        var (document, _) = await ReadAsync(await PlacementPdfAsync(line));

        Assert.NotNull(document);
        Assert.Contains(document.Blocks.OfType<Paragraph>(), p => TextOf(p.Content).Contains(line, StringComparison.Ordinal));
        Assert.DoesNotContain(document.Blocks.OfType<Paragraph>(), p => PlacementsOf(p).Any(x => x.Label == "Figure 1"));
    }

    [Fact]
    public async Task Convert_Placement_IsAnInlineNotePointingAtItsFigure()
    {
        using var folder = new TempFolder();
        var input = Path.Combine(folder.Path, "letters");
        Directory.CreateDirectory(input);
        await File.WriteAllBytesAsync(Path.Combine(input, "document.pdf"), await PlacementPdfAsync());
        var options = new ConversionOptions { Pipeline = new() { FigureOcr = new() { Enabled = false } } };
        using var converter = new DocumentConverter([new PdfReader(Path.Combine(folder.Path, "images"))], PipelineStages.Default, new TeiValidator());

        var result = await converter.ConvertAsync(input, options, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var stream = new MemoryStream(result.Tei!);
        var tei = XDocument.Load(stream);
        var note = tei.Descendants(Tei + "note").Single(n => (string?)n.Attribute("n") == "Figure 1");
        Assert.Equal("placement", (string?)note.Attribute("type"));
        Assert.Equal("inline", (string?)note.Attribute("place"));
        Assert.Equal("#figure-1", (string?)note.Descendants(Tei + "ref").Single().Attribute("target"));
        Assert.Equal("[see Figure 1 at the end of the article]", note.Value);
        var paragraph = note.Ancestors(Tei + "p").Single();
        Assert.Contains("goes on after the placement", paragraph.Value, StringComparison.Ordinal);
        Assert.Contains(tei.Descendants(Tei + "figure"), f => (string?)f.Attribute(XNamespace.Xml + "id") == "figure-1");
    }
}

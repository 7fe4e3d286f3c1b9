using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Ocr;
using Pipeline.Reading.Pdf;
using Pipeline.Stages.Dehyphenation;
using Pipeline.Tests.Ocr;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Pipeline.Tests.Reading.Pdf;

/// <summary>PDFs made of a scan (the seed's appendix clippings as page pictures), read through OCR by the PDF reader.</summary>
[Collection(OcrEngineCollection.Name)]
public sealed class ScannedPdfTests
{
    private static readonly string Images = Path.Combine(Path.GetTempPath(), "pipeline-tests-pdf-images");
    private readonly OcrEngineFixture _fixture;

    public ScannedPdfTests(OcrEngineFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Read_PageThatIsOnlyAScan_ReadByOcrIntoParagraphs()
    {
        var builder = new PdfDocumentBuilder();
        AddScan(builder, 2);

        var (document, diagnostics) = await ReadAsync(builder.Build());

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.NotNull(document);
        Assert.DoesNotContain(document.Blocks, b => b is Figure);
        Assert.Contains(diagnostics.Items, d => d.Code == ScannedPages.ReadCode && d.Message.Contains("page 1", StringComparison.Ordinal));
        var paragraphs = document.Blocks.Where(b => b is Paragraph or Heading).Select(TextOf).ToList();

        // The clipping's eight paragraphs and its caption lines: the reader found paragraphs, not one per line.
        Assert.InRange(paragraphs.Count, 6, 14);
        Assert.Contains(paragraphs, p => p.StartsWith("Pravda reported the Stalingrad name change", StringComparison.Ordinal));
        var text = string.Join("\n\n", paragraphs);

        // Line-end hyphens are the de-hyphenation stage's work, after the reader; the rest is read as printed.
        var cer = CharacterErrorRate.Compute(text.Replace("- ", string.Empty, StringComparison.Ordinal), OcrTestImages.GroundTruth(2));
        Assert.True(cer <= 0.02, $"CER {cer:P2}:\n{text}");
    }

    [Fact]
    public async Task Read_ScanWithWordsBrokenAtLineEnds_EachWordWholeWhereItStarts()
    {
        var builder = new PdfDocumentBuilder();
        AddScan(builder, 2);

        var (document, diagnostics) = await ReadAsync(builder.Build());

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.NotNull(document);
        var text = string.Join("\n\n", document.Blocks.Where(b => b is Paragraph or Heading).Select(TextOf));

        // The figures' OCR de-hyphenation ran on the page: no syllable break is left at a line end
        // for a later stage, and the text reads as the ground truth without any repair.
        Assert.DoesNotMatch(@"\p{L}- \p{Ll}", text);
        var cer = CharacterErrorRate.Compute(text, OcrTestImages.GroundTruth(2));
        Assert.True(cer <= 0.02, $"CER {cer:P2}:\n{text}");
    }

    [Fact]
    public async Task Read_Scan_ParagraphsAreTheFiguresReflowOfTheSameImage()
    {
        var builder = new PdfDocumentBuilder();
        AddScan(builder, 2);

        var (document, diagnostics) = await ReadAsync(builder.Build());
        var page = await _fixture.Engine.RecognizeAsync(OcrTestImages.Image(2), new OcrOptions(), CancellationToken.None);
        var reflowed = OcrReflow.Reflow(page, HyphenationJudge.Create([page.PlainText], null));

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.NotNull(document);

        // The same paragraphs, each starting where the figure's reflow starts one (indents and gaps
        // measured on the OCR lines, not found again from the placed glyphs).
        var expected = reflowed.Paragraphs.Select(p => Opening(ReflowedText.ParagraphText(p))).ToList();
        var read = document.Blocks.Where(b => b is Paragraph or Heading).Select(b => Opening(TextOf(b))).ToList();
        Assert.Equal(expected, read);
    }

    [Fact]
    public async Task Read_BornDigitalPageThenAScan_BothPagesInPageOrder()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var first = builder.AddPage(PageSize.A4);
        var y = 760.0;
        foreach (var line in new[] { "The first page is set in type and carries its own text layer,", "a paragraph of two lines before the scanned page." })
        {
            first.AddText(line, 12, new PdfPoint(72, y), font);
            y -= 15;
        }

        AddScan(builder, 2);

        var (document, diagnostics) = await ReadAsync(builder.Build());

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        Assert.NotNull(document);
        var text = string.Join("\n", document.Blocks.Where(b => b is Paragraph or Heading).Select(TextOf));
        var typed = text.IndexOf("before the scanned page.", StringComparison.Ordinal);
        var scanned = text.IndexOf("the Soviet Communist party newspaper Pravda", StringComparison.Ordinal);
        Assert.True(typed >= 0 && scanned > typed, text);
        Assert.Single(diagnostics.Items, d => d.Code == ScannedPages.ReadCode);
    }

    [Fact]
    public async Task Read_ScanWithoutAnEngine_StillSaysThereIsNoTextLayer()
    {
        var builder = new PdfDocumentBuilder();
        AddScan(builder, 2);
        var diagnostics = new DiagnosticBag("doc");

        var document = await new PdfLayoutReader(Images).ReadAsync("doc", "/nowhere", builder.Build(), diagnostics, CancellationToken.None);

        Assert.Null(document);
        Assert.Contains(diagnostics.Items, d => d.Code == PdfReadingCodes.NoTextLayer && d.Severity == Severity.Error);
    }

    /// <summary>A page the size of the clipping at 300 dpi, the clipping's JPEG covering it.</summary>
    private static void AddScan(PdfDocumentBuilder builder, int appendix)
    {
        var jpeg = OcrTestImages.Image(appendix);
        var (width, height) = (848.0 * 72 / 300, 1762.0 * 72 / 300);
        builder.AddPage(width, height).AddJpeg(jpeg, new PdfRectangle(0, 0, width, height));
    }

    private async Task<(Document? Document, DiagnosticBag Diagnostics)> ReadAsync(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag("doc");
        var reader = new PdfLayoutReader(Images, ocr: new PdfScanOcr(_fixture.Engine, new OcrOptions()));
        var document = await reader.ReadAsync("doc", "/nowhere", bytes, diagnostics, CancellationToken.None);
        return (document, diagnostics);
    }

    private static string Opening(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3));

    private static string TextOf(Block block) => Inlines(block switch
    {
        Paragraph p => p.Content,
        Heading h => h.Content,
        _ => [],
    });

    private static string Inlines(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        Text text => text.Value,
        Styled styled => Inlines(styled.Content),
        Link link => Inlines(link.Content),
        LineEnd => " ",
        _ => string.Empty,
    }));
}

using System.Xml.Linq;
using Pipeline.Conversion;
using Pipeline.Reading.Pdf;
using Pipeline.Tests.Ocr;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Pipeline.Tests.Conversion;

/// <summary>A PDF that is only a scan, converted by the default converter: its pages come out as text, not as an error.</summary>
public sealed class ScannedPdfConversionTests
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";

    [Fact]
    public async Task ConvertAsync_PdfOfAScan_WritesTheRecognisedTextAsTheBody()
    {
        var builder = new PdfDocumentBuilder();
        var (width, height) = (848.0 * 72 / 300, 1762.0 * 72 / 300);
        builder.AddPage(width, height).AddJpeg(OcrTestImages.Image(2), new PdfRectangle(0, 0, width, height));
        using var folder = new TempFolder();
        var document = Path.Combine(folder.Path, "scan");
        Directory.CreateDirectory(document);
        await File.WriteAllBytesAsync(Path.Combine(document, "document.pdf"), builder.Build());
        using var converter = new DocumentConverter();

        var result = await converter.ConvertAsync(document, new ConversionOptions(), CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == ScannedPages.ReadCode);
        using var stream = new MemoryStream(result.Tei!);
        var body = XDocument.Load(stream).Descendants(Tei + "body").Single().Value;
        Assert.Contains("Pravda reported the Stalingrad name change", body, StringComparison.Ordinal);
    }
}

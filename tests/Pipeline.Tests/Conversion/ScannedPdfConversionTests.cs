using System.Xml.Linq;
using Pipeline.Conversion;
using Pipeline.Model;
using Pipeline.Reading;
using Pipeline.Reading.Pdf;
using Pipeline.Stages;
using Pipeline.Tests.Ocr;
using Pipeline.Tests.Support;
using Pipeline.Validation;
using Pipeline.Writing.Tei;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Pipeline.Tests.Conversion;

/// <summary>
/// A PDF that is only a scan, converted by the default converter: its pages come out as text, not
/// as an error; with OCR switched off they are the no-text-layer error; scanned pages and figures
/// share the converter's one engine.
/// </summary>
public sealed class ScannedPdfConversionTests
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";

    [Fact]
    public async Task ConvertAsync_PdfOfAScan_WritesTheRecognisedTextAsTheBody()
    {
        using var folder = new TempFolder();
        var document = await ScannedPdfAsync(folder);
        using var converter = new DocumentConverter();

        var result = await converter.ConvertAsync(document, new ConversionOptions(), CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == ScannedPages.ReadCode);
        using var stream = new MemoryStream(result.Tei!);
        var body = XDocument.Load(stream).Descendants(Tei + "body").Single().Value;
        Assert.Contains("Pravda reported the Stalingrad name change", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConvertAsync_PdfOfAScanWithOcrSwitchedOff_IsTheNoTextLayerError()
    {
        using var folder = new TempFolder();
        var document = await ScannedPdfAsync(folder);
        using var ocr = new CountedEngines();
        using var converter = new DocumentConverter(DocumentReaders.Default(ocr.Engines), o => PipelineStages.Default(o, ocr.Engines), new TeiValidator());
        var options = new ConversionOptions { Pipeline = new() { FigureOcr = new() { Enabled = false } } };

        var result = await converter.ConvertAsync(document, options, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Null(result.Tei);
        var error = Assert.Single(result.Diagnostics, d => d.Code == PdfReadingCodes.NoTextLayer);
        Assert.Contains("OCR is switched off", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ScannedPages.ReadCode);
        Assert.Equal(0, ocr.Starts);
    }

    [Fact]
    public async Task ConvertAsync_ScannedPdfThenFigures_OneEngineServesBothAndIsDisposedOnce()
    {
        using var folder = new TempFolder();
        var scan = await ScannedPdfAsync(folder);
        var ocr = new CountedEngines();
        var options = new ConversionOptions { Pipeline = new() { FigureOcr = new() { UseCache = false } } };
        ConversionResult scanned;
        ConversionResult figures;
        using (var converter = new DocumentConverter(DocumentReaders.Default(ocr.Engines), o => PipelineStages.Default(o, ocr.Engines), new TeiValidator()))
        {
            scanned = await converter.ConvertAsync(scan, options, CancellationToken.None);
            figures = await converter.ConvertAsync(SeedFiles.SeedDirectory, options, CancellationToken.None);
        }

        Assert.True(scanned.Succeeded, string.Join("\n", scanned.Diagnostics));
        Assert.True(figures.Succeeded, string.Join("\n", figures.Diagnostics));
        var transcribed = FigureZones.All(figures.Document!.Blocks).Where(f => f.Transcription?.Status == TranscriptionStatus.Transcribed);
        Assert.Equal(2, transcribed.Count());
        Assert.Equal(1, ocr.Starts);

        // The engines belong to whoever made them, not to a converter given them.
        Assert.Equal(0, ocr.Disposals);
        ocr.Dispose();
        ocr.Dispose();
        Assert.Equal(1, ocr.Disposals);
    }

    private static async Task<string> ScannedPdfAsync(TempFolder folder)
    {
        var builder = new PdfDocumentBuilder();
        var (width, height) = (848.0 * 72 / 300, 1762.0 * 72 / 300);
        builder.AddPage(width, height).AddJpeg(OcrTestImages.Image(2), new PdfRectangle(0, 0, width, height));
        var document = Path.Combine(folder.Path, "scan");
        Directory.CreateDirectory(document);
        await File.WriteAllBytesAsync(Path.Combine(document, "document.pdf"), builder.Build());
        return document;
    }
}

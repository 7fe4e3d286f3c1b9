using System.Xml;
using System.Xml.Linq;
using Pipeline.Ocr;

namespace Pipeline.Tests.Ocr;

[Collection(OcrEngineCollection.Name)]
public sealed class OcrOutputTests : IDisposable
{
    private readonly OcrEngineFixture _fixture;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ocr-output-test-" + Guid.NewGuid().ToString("N"));

    public OcrOutputTests(OcrEngineFixture fixture)
    {
        _fixture = fixture;
        Directory.CreateDirectory(_directory);
    }

    [Fact]
    public async Task WriteHocrAndAlto_Appendix1_OneElementPerRecognisedWordInReadingOrder()
    {
        var page = await _fixture.Engine.RecognizeAsync(OcrTestImages.Image(1), new OcrOptions(), CancellationToken.None);
        var hocrPath = Path.Combine(_directory, "a1.hocr");
        var altoPath = Path.Combine(_directory, "a1.alto.xml");

        await OcrOutput.WriteHocrAsync(hocrPath, page, "appendix-1.jpg", _fixture.Engine.Name, CancellationToken.None);
        await OcrOutput.WriteAltoAsync(altoPath, page, "appendix-1.jpg", _fixture.Engine.Name, CancellationToken.None);

        var words = page.Lines.SelectMany(l => l.Words).Select(w => w.Text).ToList();
        var hocr = Load(hocrPath);
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var hocrWords = hocr.Descendants(xhtml + "span").Where(s => (string?)s.Attribute("class") == "ocrx_word").ToList();
        Assert.Equal(words, hocrWords.Select(s => s.Value));
        Assert.All(hocrWords, s => Assert.Matches(@"^bbox \d+ \d+ \d+ \d+; x_wconf \d+$", (string?)s.Attribute("title")));
        Assert.Contains("bbox 0 0 2574 869", (string?)hocr.Descendants(xhtml + "div").First().Attribute("title"), StringComparison.Ordinal);

        var alto = Load(altoPath);
        XNamespace ns = "http://www.loc.gov/standards/alto/ns-v4#";
        Assert.Equal(words, alto.Descendants(ns + "String").Select(s => (string?)s.Attribute("CONTENT")));
        Assert.Equal("2574", (string?)alto.Descendants(ns + "Page").Single().Attribute("WIDTH"));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static XDocument Load(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }
}

using System.Xml.Linq;
using Pipeline.Conversion;
using Pipeline.Tests.Conversion;

namespace Pipeline.Tests.Stages.Structure;

/// <summary>Converts a hand-made markdown scrape (figure OCR off) and gives its TEI and the TEI's body.</summary>
internal static class MarkdownConversion
{
    public static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";

    public static async Task<(byte[] Tei, XElement Body)> ConvertAsync(string name, string text)
    {
        using var folder = new TempFolder();
        var document = folder.Document(name, System.Text.Encoding.UTF8.GetBytes(text));
        var options = new ConversionOptions { Pipeline = new() { FigureOcr = new() { Enabled = false } } };

        var result = await new DocumentConverter().ConvertAsync(document, options, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var body = XDocument.Parse(System.Text.Encoding.UTF8.GetString(result.Tei!)).Descendants(Tei + "body").Single();
        return (result.Tei!, body);
    }
}

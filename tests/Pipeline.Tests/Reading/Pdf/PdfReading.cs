using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading.Pdf;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading.Pdf;

/// <summary>Reads a PDF with the layout reader (no OCR) and renders inline text, for the PDF reader's tests.</summary>
internal static class PdfReading
{
    public static readonly string Images = Path.Combine(Path.GetTempPath(), "pipeline-tests-pdf-images");

    public static async Task<(Document? Document, DiagnosticBag Diagnostics)> ReadAsync(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag("doc");
        var document = await new PdfLayoutReader(Images).ReadAsync("doc", "/nowhere", bytes, diagnostics, CancellationToken.None);
        return (document, diagnostics);
    }

    /// <summary>Reads a PDF of tests/fixtures/pdf, which must read without errors.</summary>
    public static async Task<(Document Document, DiagnosticBag Diagnostics)> ReadFixtureAsync(string name)
    {
        var path = Path.Combine(SeedFiles.RepositoryRoot, "tests", "fixtures", "pdf", name);
        var (document, diagnostics) = await ReadAsync(await File.ReadAllBytesAsync(path));
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        return (Assert.IsType<Document>(document), diagnostics);
    }

    public static string TextOf(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        Text text => text.Value,
        Styled styled => TextOf(styled.Content),
        Link link => TextOf(link.Content),
        LineEnd => " ",
        _ => string.Empty,
    }));
}

using AngleSharp.Html.Parser;
using Pipeline.Tests.Batch;

namespace Pipeline.Tests.Writing.Html;

/// <summary>
/// A batch with one input that cannot be converted (a damaged PDF) beside the seed: the index links
/// both, and the failed document's page gives its input, its error and its diagnostics.
/// </summary>
public sealed class FailedDocumentPageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task ConvertHtml_BatchWithADamagedPdf_IndexLinksAPageSayingWhyItFailed()
    {
        var input = _folder.Combine("in");
        RepoPaths.CopySeedTo(Path.Combine(input, "seed-essay"));
        var broken = Path.Combine(input, "broken");
        Directory.CreateDirectory(broken);
        await File.WriteAllTextAsync(Path.Combine(broken, "document.pdf"), "%PDF-1.7\nnot a PDF body\n");
        var output = _folder.Combine("out");

        var (exitCode, log) = await CliProcess.RunAsync("convert", input, "--out", output, "--html", "--plain", "--no-ocr");

        Assert.True(exitCode == 2, log);
        var parser = new HtmlParser();
        using var index = parser.ParseDocument(await File.ReadAllTextAsync(Path.Combine(output, "index.html")));
        var links = index.QuerySelectorAll("tbody th a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["broken.html", "seed-essay.html"], links);
        Assert.Equal("failed", index.QuerySelector("tr.doc-failed td.status")!.TextContent);

        using var page = parser.ParseDocument(await File.ReadAllTextAsync(Path.Combine(output, "broken.html")));
        Assert.Equal("Not converted: broken", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(broken, page.QuerySelector(".doc-head .input")!.TextContent, StringComparison.Ordinal);
        var error = page.QuerySelector(".failure .sev-error")!.TextContent;
        Assert.Contains("PDF cannot be read", error, StringComparison.Ordinal);
        // The same diagnostics panel as a converted page, listing the error with its severity.
        Assert.Contains(page.QuerySelectorAll("#diagnostics tbody tr.sev-error td"), cell => cell.TextContent.Contains("PDF cannot be read", StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("script[src], link[rel=stylesheet], img"));
    }

    public void Dispose() => _folder.Dispose();
}

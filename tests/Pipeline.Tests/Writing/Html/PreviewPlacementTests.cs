using AngleSharp.Html.Parser;
using Pipeline.Tests.Batch;

namespace Pipeline.Tests.Writing.Html;

/// <summary>
/// <c>pipeline preview --sources</c> places the run report's diagnostics where the page <c>convert --html</c>
/// wrote puts them, by reading the source again; a source that no longer gives the TEI places none.
/// </summary>
public sealed class PreviewPlacementTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Preview_WithTheSources_PlacesEveryDiagnosticWhereTheBatchPageDoes()
    {
        var (input, output) = await ConvertSeedAsync();
        var batchFlags = Flags(await File.ReadAllTextAsync(Path.Combine(output, "seed-essay.html")));
        File.Delete(Path.Combine(output, "seed-essay.html"));

        var (exitCode, log) = await CliProcess.RunAsync("preview", output, "--sources", input, "--no-ocr");

        Assert.True(exitCode == 0, log);
        var previewFlags = Flags(await File.ReadAllTextAsync(Path.Combine(output, "seed-essay.html")));
        Assert.NotEmpty(batchFlags);
        Assert.Equal(batchFlags, previewFlags);
    }

    [Fact]
    public async Task Preview_WithoutSourcesOrWithAChangedSource_PlacesNoneAndSaysWhy()
    {
        var (input, output) = await ConvertSeedAsync();
        var document = Path.Combine(input, "seed-essay", "document.md");
        await File.AppendAllTextAsync(document, "\n\nA paragraph added after the conversion.\n");

        var (changedExit, changedLog) = await CliProcess.RunAsync("preview", output, "--sources", input, "--no-ocr");
        Assert.True(changedExit == 0, changedLog);
        var changed = await File.ReadAllTextAsync(Path.Combine(output, "seed-essay.html"));
        Assert.Empty(Flags(changed));
        Assert.Contains("no longer converts to this TEI", changed, StringComparison.Ordinal);

        var (plainExit, plainLog) = await CliProcess.RunAsync("preview", output);
        Assert.True(plainExit == 0, plainLog);
        var plain = await File.ReadAllTextAsync(Path.Combine(output, "seed-essay.html"));
        Assert.Empty(Flags(plain));
        Assert.Contains("preview --sources places them", plain, StringComparison.Ordinal);
    }

    private async Task<(string Input, string Output)> ConvertSeedAsync()
    {
        var input = _folder.Combine("in");
        RepoPaths.CopySeedTo(Path.Combine(input, "seed-essay"));
        var output = _folder.Combine("out");
        var (exitCode, log) = await CliProcess.RunAsync("convert", input, "--out", output, "--html", "--plain", "--no-ocr");
        Assert.True(exitCode == 0, log);
        return (input, output);
    }

    /// <summary>Each flag in the text (the panel aside) as the id of the element it sits in and its words.</summary>
    private static List<string> Flags(string html)
    {
        using var page = new HtmlParser().ParseDocument(html);
        return [.. page.QuerySelectorAll(".page span.flag")
            .Where(flag => flag.Closest("#diagnostics") is null)
            .Select(flag => (flag.ParentElement?.Closest("[id]")?.Id ?? "") + " " + flag.TextContent)];
    }

    public void Dispose() => _folder.Dispose();
}

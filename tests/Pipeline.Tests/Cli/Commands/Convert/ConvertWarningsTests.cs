using Pipeline.Tests.Cli.CommandLine;
using Pipeline.Tests.Support;
using TempFolder = Pipeline.Tests.Conversion.TempFolder;

namespace Pipeline.Tests.Cli.Commands.Convert;

/// <summary>Warnings are shown per document, kept for unchanged documents, and can fail the run with --fail-on warning.</summary>
public sealed class ConvertWarningsTests
{
    private static byte[] SeedBytes => File.ReadAllBytes(Path.Combine(SeedFiles.SeedDirectory, "document.md"));

    [Fact]
    public async Task Convert_SeedWithWarnings_ListsThemAgainWhenUnchanged()
    {
        using var folder = new TempFolder();
        var document = folder.Document("essay", SeedBytes);
        var output = Path.Combine(folder.Path, "out");
        var (first, firstOutput, _) = await InProcessCli.RunAsync("convert", document, "-o", output, "--no-ocr");
        Assert.Equal(0, first);
        Assert.Contains("warning citation-unresolved", firstOutput, StringComparison.Ordinal);

        var (second, secondOutput, _) = await InProcessCli.RunAsync("convert", document, "-o", output, "--no-ocr");

        Assert.Equal(0, second);
        Assert.Contains("unchanged essay", secondOutput, StringComparison.Ordinal);
        Assert.Contains("warning citation-unresolved", secondOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(" 0 warnings", secondOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_FailOnWarning_Exits2WhenADocumentHasWarnings()
    {
        using var folder = new TempFolder();
        var document = folder.Document("essay", SeedBytes);
        var output = Path.Combine(folder.Path, "out");

        var (exit, _, _) = await InProcessCli.RunAsync("convert", document, "-o", output, "--no-ocr", "--fail-on", "warning");

        Assert.Equal(2, exit);
        Assert.True(File.Exists(Path.Combine(output, "essay.xml")));
    }

    [Fact]
    public async Task Convert_FailOnSomethingElse_Exits1()
    {
        var (exit, _, error) = await InProcessCli.RunAsync("convert", "input", "-o", "out", "--fail-on", "info");

        Assert.Equal(1, exit);
        Assert.Contains("info", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_Quiet_PrintsNoLineForAGoodDocument()
    {
        using var folder = new TempFolder();
        var document = folder.Document("essay", SeedBytes);
        var output = Path.Combine(folder.Path, "out");

        var (exit, printed, _) = await InProcessCli.RunAsync("convert", "-q", document, "-o", output, "--no-ocr");

        Assert.Equal(0, exit);
        Assert.Equal("", printed.Trim());
    }

    [Fact]
    public async Task Convert_Verbose_PrintsEveryDiagnosticWithoutTheMoreLine()
    {
        using var folder = new TempFolder();
        var document = folder.Document("essay", SeedBytes);
        var output = Path.Combine(folder.Path, "out");

        var (_, printed, _) = await InProcessCli.RunAsync("convert", "-v", document, "-o", output, "--no-ocr");

        Assert.DoesNotContain("more (-v shows all)", printed, StringComparison.Ordinal);
        Assert.Contains("warning citation-unresolved", printed, StringComparison.Ordinal);
    }
}

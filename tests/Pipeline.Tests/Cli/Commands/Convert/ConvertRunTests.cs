using System.Text;
using Pipeline.Tests.Batch;
using Pipeline.Tests.Support;
using TempFolder = Pipeline.Tests.Conversion.TempFolder;

namespace Pipeline.Tests.Cli.Commands.Convert;

/// <summary>The <c>convert</c> command as users run it: the built program, real documents, exit codes and messages.</summary>
public sealed class ConvertRunTests
{
    private static byte[] SeedBytes => File.ReadAllBytes(Path.Combine(SeedFiles.SeedDirectory, "document.md"));

    [Fact]
    public async Task Execute_GoodAndBadDocuments_WritesGoodOnlyAndExits2()
    {
        using var folder = new TempFolder();
        var good = folder.Document("good-doc", SeedBytes);
        var bad = folder.Document("bad-doc", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);
        var output = Path.Combine(folder.Path, "out");

        var (exitCode, printed) = await CliProcess.RunAsync("convert", good, bad, "--out", output);

        Assert.Equal(2, exitCode);
        Assert.True(File.Exists(Path.Combine(output, "good-doc.xml")));
        Assert.False(File.Exists(Path.Combine(output, "bad-doc.xml")));
        Assert.Contains("bad-doc:1: error convert.binary-input: document.md is binary", printed, StringComparison.Ordinal);
        Assert.Contains("failed: bad-doc:", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_CorpusFolder_ConvertsEveryDocumentAndExits0()
    {
        using var folder = new TempFolder();
        var corpus = Path.Combine(folder.Path, "corpus");
        Directory.CreateDirectory(corpus);
        foreach (var name in new[] { "essay-b", "essay-a" })
        {
            Directory.CreateDirectory(Path.Combine(corpus, name));
            await File.WriteAllBytesAsync(Path.Combine(corpus, name, "document.md"), SeedBytes);
        }

        Directory.CreateDirectory(Path.Combine(corpus, "not-a-document"));
        var output = Path.Combine(folder.Path, "out");

        var (exitCode, printed) = await CliProcess.RunAsync("convert", corpus, "--out", output);

        Assert.True(exitCode == 0, printed);
        Assert.Equal(["essay-a.xml", "essay-b.xml"], Directory.GetFiles(output, "*.xml").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("converted essay-a", printed, StringComparison.Ordinal);
        Assert.Contains("run report:", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_FolderWithoutDocuments_Exits2AndSaysSo()
    {
        using var folder = new TempFolder();
        var empty = Path.Combine(folder.Path, "nothing-here");
        Directory.CreateDirectory(empty);

        var (exitCode, printed) = await CliProcess.RunAsync("convert", empty, "--out", Path.Combine(folder.Path, "out"));

        Assert.Equal(2, exitCode);
        Assert.Contains("nothing-here: error batch.no-document", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_WithoutOutputFolder_Exits1()
    {
        var (exitCode, printed) = await CliProcess.RunAsync("convert", SeedFiles.SeedDirectory);

        Assert.Equal(1, exitCode);
        Assert.Contains("--out", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_BadShard_Exits1()
    {
        using var folder = new TempFolder();

        var (exitCode, printed) = await CliProcess.RunAsync("convert", SeedFiles.SeedDirectory, "--out", Path.Combine(folder.Path, "out"), "--shard", "4/4");

        Assert.Equal(1, exitCode);
        Assert.Contains("--shard", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pipeline_ConvertGoodAndBadThroughBuiltCli_Exits2AndWritesGoodOnly()
    {
        using var folder = new TempFolder();
        var good = folder.Document("good-doc", SeedBytes);
        var bad = folder.Document("bad-doc", Encoding.UTF8.GetBytes("   \n\n"));
        var output = Path.Combine(folder.Path, "out");

        var (exitCode, printed) = await CliProcess.RunAsync("convert", good, bad, "--out", output);

        Assert.True(exitCode == 2, printed);
        Assert.Contains("bad-doc: error convert.empty-input", printed, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "good-doc.xml")));
        Assert.False(File.Exists(Path.Combine(output, "bad-doc.xml")));
        Assert.Empty(Directory.EnumerateFiles(output, "*.tmp"));
    }
}

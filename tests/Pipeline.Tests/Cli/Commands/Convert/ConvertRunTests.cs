using System.Diagnostics;
using System.Text;
using Pipeline.Cli.Commands.Convert;
using Pipeline.Tests.Conversion;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Cli.Commands.Convert;

public sealed class ConvertRunTests
{
    private static byte[] SeedBytes => File.ReadAllBytes(Path.Combine(SeedFiles.SeedDirectory, "document.md"));

    private static async Task<(int ExitCode, string Output)> RunAsync(string? output, params string[] inputs)
    {
        using var writer = new StringWriter();
        var exitCode = await new ConvertRun(writer).ExecuteAsync(inputs, output, CancellationToken.None);
        return (exitCode, writer.ToString());
    }

    [Fact]
    public async Task Execute_GoodAndBadDocuments_WritesGoodOnlyAndExits2()
    {
        using var folder = new TempFolder();
        var good = folder.Document("good-doc", SeedBytes);
        var bad = folder.Document("bad-doc", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]);
        var output = Path.Combine(folder.Path, "out");

        var (exitCode, printed) = await RunAsync(output, good, bad);

        Assert.Equal(2, exitCode);
        Assert.True(File.Exists(Path.Combine(output, "good-doc.xml")));
        Assert.False(File.Exists(Path.Combine(output, "bad-doc.xml")));
        Assert.Contains("bad-doc:1: error convert.binary-input: document.md is binary", printed, StringComparison.Ordinal);
        Assert.Contains("converted 1 of 2 document(s)", printed, StringComparison.Ordinal);
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

        var (exitCode, printed) = await RunAsync(output, corpus);

        Assert.Equal(0, exitCode);
        Assert.Equal(["essay-a.xml", "essay-b.xml"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("converted 2 of 2 document(s)", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_FolderWithoutDocuments_Exits2AndSaysSo()
    {
        using var folder = new TempFolder();
        var empty = Path.Combine(folder.Path, "nothing-here");
        Directory.CreateDirectory(empty);

        var (exitCode, printed) = await RunAsync(Path.Combine(folder.Path, "out"), empty);

        Assert.Equal(2, exitCode);
        Assert.Contains("error convert.no-documents", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_WithoutOutputFolder_Exits1()
    {
        var (exitCode, printed) = await RunAsync(null, SeedFiles.SeedDirectory);

        Assert.Equal(1, exitCode);
        Assert.Contains("--out", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pipeline_ConvertGoodAndBadThroughBuiltCli_Exits2AndWritesGoodOnly()
    {
        using var folder = new TempFolder();
        var good = folder.Document("good-doc", SeedBytes);
        var bad = folder.Document("bad-doc", Encoding.UTF8.GetBytes("   \n\n"));
        var output = Path.Combine(folder.Path, "out");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "pipeline.dll"), "convert", good, bad, "--out", output })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var stdout = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = await process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 2, stdout + stderr);
        Assert.Contains("bad-doc: error convert.empty-input", stdout, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "good-doc.xml")));
        Assert.False(File.Exists(Path.Combine(output, "bad-doc.xml")));
        Assert.Empty(Directory.EnumerateFiles(output, "*.tmp"));
    }
}

using System.Text;
using System.Xml;
using Pipeline.Cli.Commands.Convert;
using Pipeline.Tests.Batch;
using Pipeline.Tests.Cli.CommandLine;

namespace Pipeline.Tests.Cli.Commands.Convert;

/// <summary><c>convert -</c> and <c>-o -</c>: one document through standard input and output, diagnostics on standard error only.</summary>
public sealed class StandardStreamConvertTests
{
    private static byte[] Seed => File.ReadAllBytes(Path.Combine(RepoPaths.Seed, "document.md"));

    [Fact]
    public async Task Convert_SeedOnStandardInput_TeiOnStandardOutputAndNothingElse()
    {
        var (exit, output, error) = await CliProcess.RunWithInputAsync(Seed, "convert", "-", "--no-ocr");

        Assert.True(exit == 0, error);
        var root = RootOf(output);
        Assert.Equal(("TEI", "http://www.tei-c.org/ns/1.0"), (root.LocalName, root.NamespaceURI));
        Assert.Contains("De-Stalinisation", Encoding.UTF8.GetString(output), StringComparison.Ordinal);
        Assert.Equal(55, root.GetElementsByTagName("note", "http://www.tei-c.org/ns/1.0").Count);
    }

    [Fact]
    public async Task Convert_StandardInputWithFormatToFile_WritesTheSameTei()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("seed.xml");

        var toFile = await CliProcess.RunWithInputAsync(Seed, "convert", "-", "--input-format", "scrape", "--no-ocr", "-o", file);
        var toStdout = await CliProcess.RunWithInputAsync(Seed, "convert", "-", "--no-ocr", "-o", "-");

        Assert.True(toFile.ExitCode == 0, toFile.Error);
        Assert.Empty(toFile.Output);
        Assert.Equal(toStdout.Output, File.ReadAllBytes(file));
    }

    [Fact]
    public async Task Convert_BinaryOnStandardInput_ExitTwoErrorOnStandardErrorNothingOnOutput()
    {
        var (exit, output, error) = await CliProcess.RunWithInputAsync([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01], "convert", "-");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("stdin", error, StringComparison.Ordinal);
        Assert.Contains("no TEI written", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_EmptyStandardInput_ExitTwoAndSaysSo()
    {
        var (exit, output, error) = await CliProcess.RunWithInputAsync([], "convert", "-");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("standard input is empty", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_DocumentFolderToStandardOutput_TeiOnOutputWarningsOnError()
    {
        var (exit, output, error) = await InProcessCli.RunAsync("convert", RepoPaths.Seed, "-o", "-", "--no-ocr");

        Assert.True(exit == 0, error);
        Assert.StartsWith("<?xml", output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", output[..200], StringComparison.Ordinal);
        Assert.Contains("seed-essay", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--html")]
    [InlineData("--check-links")]
    public async Task Convert_StandardOutputWithBatchOnlyOption_UsageError(string option)
    {
        var (exit, output, error) = await InProcessCli.RunAsync("convert", RepoPaths.Seed, "-o", "-", option);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains(option + " needs an output folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_TwoDocumentsToStandardOutput_UsageError()
    {
        var (exit, output, error) = await InProcessCli.RunAsync("convert", RepoPaths.Seed, RepoPaths.Seed, "-o", "-");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("converts one document", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_NoOutputForAFolder_StillAsksForOne()
    {
        var (exit, _, error) = await InProcessCli.RunAsync("convert", RepoPaths.Seed);

        Assert.Equal(1, exit);
        Assert.Contains("--output <DIR> is required", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_StandardInputWithBaseToFile_CopiesEachFigureImageWhereTheTeiPoints()
    {
        using var temp = new TempFolder();
        var file = temp.Combine("essay.xml");

        var (exit, output, error) = await CliProcess.RunWithInputAsync(Seed, "convert", "-", "--base", RepoPaths.Seed, "--no-ocr", "-o", file);

        Assert.True(exit == 0, error);
        Assert.Empty(output);
        var urls = GraphicUrls(File.ReadAllBytes(file));
        Assert.Equal(["stdin/appendix-1.jpg", "stdin/appendix-2.jpg"], urls);
        foreach (var url in urls)
        {
            var copy = Path.Combine(temp.Path, url);
            Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Seed, Path.GetFileName(url))), File.ReadAllBytes(copy));
        }

        Assert.DoesNotContain("image-missing", error, StringComparison.Ordinal);
        Assert.DoesNotContain(SingleDocumentRun.ImageNotCopiedCode, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_StandardInputToStandardOutput_SaysForEachFigureThatItsImageIsNotCopied()
    {
        var (exit, output, error) = await CliProcess.RunWithInputAsync(Seed, "convert", "-", "--base", RepoPaths.Seed, "--no-ocr");

        Assert.True(exit == 0, error);
        var urls = GraphicUrls(output);
        Assert.Equal(2, urls.Count);
        var notCopied = error.Split('\n').Where(l => l.Contains(SingleDocumentRun.ImageNotCopiedCode, StringComparison.Ordinal)).ToList();
        Assert.Equal(urls.Count, notCopied.Count);
        foreach (var url in urls)
        {
            Assert.Contains(notCopied, l => l.Contains(url, StringComparison.Ordinal) && l.Contains("-o FILE", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Convert_StandardInputWithBaseAndFailOnWarning_ImagesNotCopiedToStandardOutputExitTwo()
    {
        var (exit, output, _) = await CliProcess.RunWithInputAsync(Seed, "convert", "-", "--base", RepoPaths.Seed, "--no-ocr", "--fail-on", "warning");

        Assert.Equal(2, exit);
        Assert.NotEmpty(output);
    }

    [Fact]
    public async Task Convert_BaseForADocumentFolder_UsageError()
    {
        using var temp = new TempFolder();

        var (exit, output, error) = await InProcessCli.RunAsync("convert", RepoPaths.Seed, "--base", RepoPaths.Seed, "-o", "-");
        var batch = await InProcessCli.RunAsync("convert", RepoPaths.Seed, "--base", RepoPaths.Seed, "-o", temp.Path);

        Assert.Equal((1, ""), (exit, output));
        Assert.Contains("--base names the folder of a document read from standard input", error, StringComparison.Ordinal);
        Assert.Equal(1, batch.ExitCode);
        Assert.Contains("--base names the folder", batch.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_BaseThatIsNotAFolder_UsageError()
    {
        var (exit, output, error) = await CliProcess.RunWithInputAsync(Seed, "convert", "-", "--base", Path.Combine(RepoPaths.Seed, "no-such-folder"));

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("is not a folder", error, StringComparison.Ordinal);
    }

    private static List<string> GraphicUrls(byte[] tei) =>
        [.. RootOf(tei).GetElementsByTagName("graphic", "http://www.tei-c.org/ns/1.0").Cast<XmlElement>().Select(g => g.GetAttribute("url"))];

    private static XmlElement RootOf(byte[] tei)
    {
        var document = new XmlDocument { XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(tei), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        document.Load(reader);
        return document.DocumentElement!;
    }
}

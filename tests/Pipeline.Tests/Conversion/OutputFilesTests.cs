using Pipeline.Conversion;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Conversion;

public sealed class OutputFilesTests
{
    private static async Task<ConversionResult> FigureDocumentAsync(TempFolder folder)
    {
        var doc = folder.Document("figure-doc", "# A title\n\nSome text.\n\n![Appendix](img/appendix-2.jpg)\n"u8.ToArray());
        Directory.CreateDirectory(Path.Combine(doc, "img"));
        File.Copy(Path.Combine(SeedFiles.SeedDirectory, "appendix-2.jpg"), Path.Combine(doc, "img", "appendix-2.jpg"));
        var result = await new DocumentConverter().ConvertAsync(doc, new ConversionOptions(), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    [Fact]
    public async Task WriteAsync_Success_WritesXmlAndImagesAndNoTemporaryFile()
    {
        using var folder = new TempFolder();
        var result = await FigureDocumentAsync(folder);
        var output = Path.Combine(folder.Path, "out");

        var problems = await OutputFiles.WriteAsync(result, output, CancellationToken.None);

        Assert.Empty(problems);
        Assert.Equal(result.Tei, await File.ReadAllBytesAsync(Path.Combine(output, "figure-doc.xml")));
        Assert.Equal(
            await File.ReadAllBytesAsync(Path.Combine(SeedFiles.SeedDirectory, "appendix-2.jpg")),
            await File.ReadAllBytesAsync(Path.Combine(output, "figure-doc", "img", "appendix-2.jpg")));
        Assert.Empty(Directory.EnumerateFiles(output, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task WriteAsync_ExistingOutput_IsReplacedWhole()
    {
        using var folder = new TempFolder();
        var result = await FigureDocumentAsync(folder);
        var output = Path.Combine(folder.Path, "out");
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "figure-doc.xml"), new string('x', 500_000));

        var problems = await OutputFiles.WriteAsync(result, output, CancellationToken.None);

        Assert.Empty(problems);
        Assert.Equal(result.Tei, await File.ReadAllBytesAsync(Path.Combine(output, "figure-doc.xml")));
    }

    [Fact]
    public async Task WriteAsync_Cancelled_LeavesNoFileAtAll()
    {
        using var folder = new TempFolder();
        var result = await FigureDocumentAsync(folder);
        var output = Path.Combine(folder.Path, "out");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => OutputFiles.WriteAsync(result, output, cancelled.Token));

        Assert.False(File.Exists(Path.Combine(output, "figure-doc.xml")));
        Assert.Empty(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task WriteAsync_OutputPathIsAFile_ReportsErrorAndWritesNothing()
    {
        using var folder = new TempFolder();
        var result = await FigureDocumentAsync(folder);
        var blocker = Path.Combine(folder.Path, "blocker");
        await File.WriteAllTextAsync(blocker, "not a folder");

        var problems = await OutputFiles.WriteAsync(result, blocker, CancellationToken.None);

        var error = Assert.Single(problems);
        Assert.Equal(ConversionCodes.OutputFailed, error.Code);
        Assert.Equal("figure-doc", error.Document);
    }
}

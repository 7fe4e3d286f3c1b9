using Pipeline.Batch;
using Pipeline.Conversion;
using Pipeline.IO;
using Pipeline.Tests.Batch;

namespace Pipeline.Tests.Hostile;

/// <summary>
/// Input is opened at the time of use, never through a link and never when it is no regular file: a
/// named pipe is refused at once instead of hanging the run, and a file swapped for a link between
/// discovery and copying is refused, not followed.
/// </summary>
public sealed class InputFileTests
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(60);

    [SkippableFact]
    public async Task Batch_FifoInADocumentFolder_ReportedPromptlyOthersConverted()
    {
        Skip.IfNot(SpecialFiles.CanMakeFifo, "named pipes need mkfifo");
        using var temp = new TempFolder();
        var corpus = temp.Combine("input");
        RepoPaths.CopySeedTo(Path.Combine(corpus, "essay-1"));
        RepoPaths.CopySeedTo(Path.Combine(corpus, "piped"));
        SpecialFiles.MakeFifo(Path.Combine(corpus, "piped", "notes"));

        var result = await HostileBatch.RunAsync(temp.Combine("out"), corpus).WaitAsync(Bounded);

        var piped = HostileBatch.Outcome(result, "piped");
        Assert.Equal(DocumentStatus.Failed, piped.Status);
        Assert.Contains("named pipe", Assert.Single(piped.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Equal(DocumentStatus.Converted, HostileBatch.Outcome(result, "essay-1").Status);
    }

    [SkippableFact]
    public async Task Convert_DocumentFileIsAFifo_RefusedWithoutBlocking()
    {
        Skip.IfNot(SpecialFiles.CanMakeFifo, "named pipes need mkfifo");
        using var temp = new TempFolder();
        var folder = temp.Combine("piped");
        Directory.CreateDirectory(folder);
        SpecialFiles.MakeFifo(Path.Combine(folder, "document.md"));
        using var converter = new DocumentConverter();

        var result = await converter.ConvertAsync(folder, new ConversionOptions(), CancellationToken.None).WaitAsync(Bounded);

        Assert.Null(result.Tei);
        var error = Assert.Single(result.Diagnostics, d => d.Code == ConversionCodes.RefusedInput);
        Assert.Contains("named pipe", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_LoneFileWithImageLinkedOutside_RefusedAndNothingCopied()
    {
        using var temp = new TempFolder();
        var lone = temp.Combine("lone");
        Directory.CreateDirectory(lone);
        File.Copy(Path.Combine(RepoPaths.Seed, "document.md"), Path.Combine(lone, "essay.md"));
        var secret = temp.Combine("secret.txt");
        await File.WriteAllTextAsync(secret, "outside the document");
        File.CreateSymbolicLink(Path.Combine(lone, "appendix-1.jpg"), secret);

        var result = await HostileBatch.RunAsync(temp.Combine("out"), Path.Combine(lone, "essay.md"));

        var essay = HostileBatch.Outcome(result, "essay");
        Assert.Equal(DocumentStatus.Failed, essay.Status);
        Assert.Contains(essay.Diagnostics, d => d.Code == ConversionCodes.RefusedInput && d.Message.Contains("appendix-1.jpg", StringComparison.Ordinal));
        Assert.DoesNotContain(Directory.GetFiles(temp.Combine("out"), "*", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains("outside the document", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_ImageSwappedForALinkAfterConversion_RefusedAtCopyTime()
    {
        using var temp = new TempFolder();
        var folder = temp.Combine("essay");
        RepoPaths.CopySeedTo(folder);
        using var converter = new DocumentConverter();
        var options = new ConversionOptions { Pipeline = new() { FigureOcr = new() { Enabled = false } } };
        var result = await converter.ConvertAsync(folder, options, CancellationToken.None);
        Assert.NotNull(result.Tei);
        Assert.NotEmpty(result.Images);
        // Between the conversion and the copy, as in a long batch, the image becomes a link out.
        var image = result.Images[0].SourcePath;
        File.Delete(image);
        File.CreateSymbolicLink(image, "/etc/hostname");

        var problems = await OutputFiles.WriteAsync(result, temp.Combine("out"), CancellationToken.None);

        Assert.Contains(problems, d => d.Code == ConversionCodes.RefusedInput && d.Message.Contains("symbolic link", StringComparison.Ordinal));
        Assert.False(File.Exists(temp.Combine("out", "essay.xml")));
    }

    [Fact]
    public void OpenRead_FolderOnTheWayIsALink_Refused()
    {
        using var temp = new TempFolder();
        var outside = temp.Combine("outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "figure.png"), "outside");
        var root = temp.Combine("document");
        Directory.CreateDirectory(root);
        Directory.CreateSymbolicLink(Path.Combine(root, "images"), outside);
        File.WriteAllText(Path.Combine(root, "plain.png"), "inside");

        var error = Assert.Throws<InputFileException>(() => InputFile.OpenRead(root, Path.Combine(root, "images", "figure.png")));
        Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
        Assert.Throws<InputFileException>(() => InputFile.OpenRead(root, Path.Combine(root, "..", "outside", "figure.png")));
        using var inside = InputFile.OpenRead(root, Path.Combine(root, "plain.png"));
        Assert.Equal(6, inside.Length);
    }

    [Fact]
    public void OpenRead_RootItselfALink_IsTrustedAsTheUserNamedIt()
    {
        using var temp = new TempFolder();
        var real = temp.Combine("real");
        Directory.CreateDirectory(real);
        File.WriteAllText(Path.Combine(real, "document.md"), "text");
        var named = temp.Combine("named");
        Directory.CreateSymbolicLink(named, real);

        using var stream = InputFile.OpenRead(named, Path.Combine(named, "document.md"));

        Assert.Equal(4, stream.Length);
    }
}

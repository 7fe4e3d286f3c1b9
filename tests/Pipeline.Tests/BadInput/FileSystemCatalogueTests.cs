using Pipeline.Batch;
using Pipeline.Conversion;
using Pipeline.Tests.Batch;

namespace Pipeline.Tests.BadInput;

/// <summary>The catalogue's entries about the document folder: escaping paths, symbolic links, unreadable folders.</summary>
public sealed class FileSystemCatalogueTests
{
    private static readonly TeiConversion Conversion = new(new DocumentConverter(), new ConversionOptions());

    [Fact]
    public async Task Convert_ImageReferenceEscapingFolder_NothingOutsideCopiedAndReported()
    {
        using var temp = new TempFolder();
        var corpus = temp.Combine("input");
        var folder = Path.Combine(corpus, BadInputHarness.Id);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "document.md"),
            BadInputHarness.Essay("See the figure.\n\n![x](../../etc/passwd)\n\nAnd the text goes on."));

        var result = await RunAsync(corpus, temp.Combine("out"));

        var outcome = Assert.Single(result.Report!.Documents);
        Assert.Contains(outcome.Diagnostics, d => d.Document == BadInputHarness.Id && d.Message.Contains("../../etc/passwd", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(temp.Combine("out"), "passwd", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(temp.Path, "passwd", SearchOption.AllDirectories));
        if (outcome.Status == DocumentStatus.Converted)
        {
            WellFormedXml.AssertParsesFile(temp.Combine("out", BadInputHarness.Id + ".xml"));
        }
    }

    [Fact]
    public async Task Convert_DocumentFileIsSymlinkOutsideFolder_RefusedWithDiagnostic()
    {
        using var temp = new TempFolder();
        var corpus = temp.Combine("input");
        RepoPaths.CopySeedTo(Path.Combine(corpus, "good"));
        var linked = Path.Combine(corpus, "linked");
        Directory.CreateDirectory(linked);
        File.CreateSymbolicLink(Path.Combine(linked, "document.md"), Path.Combine(RepoPaths.Seed, "document.md"));

        var result = await RunAsync(corpus, temp.Combine("out"));

        var refused = Assert.Single(result.Report!.Documents, d => d.Id == "linked");
        Assert.Equal(DocumentStatus.Failed, refused.Status);
        var diagnostic = Assert.Single(refused.Diagnostics);
        Assert.Equal((BatchCodes.SymbolicLink, "linked"), (diagnostic.Code, diagnostic.Document));
        Assert.Contains("document.md", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("out", "linked.xml")));
        Assert.True(File.Exists(temp.Combine("out", "good.xml")));
        Assert.Equal(BatchResult.SomeFailed, result.ExitCode);
    }

    [Fact]
    public async Task Convert_ImageIsSymlinkOutsideFolder_RefusedWithDiagnostic()
    {
        using var temp = new TempFolder();
        var corpus = temp.Combine("input");
        var folder = Path.Combine(corpus, "essay");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(RepoPaths.Seed, "document.md"), Path.Combine(folder, "document.md"));
        File.CreateSymbolicLink(Path.Combine(folder, "appendix-1.jpg"), "/etc/hostname");

        var result = await RunAsync(corpus, temp.Combine("out"));

        var refused = Assert.Single(result.Report!.Documents);
        Assert.Equal(DocumentStatus.Failed, refused.Status);
        Assert.Contains("appendix-1.jpg", Assert.Single(refused.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Combine("out"), "appendix-1.jpg", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Convert_DocumentFolderIsSymlinkInCorpus_Refused()
    {
        using var temp = new TempFolder();
        var corpus = temp.Combine("input");
        Directory.CreateDirectory(corpus);
        Directory.CreateSymbolicLink(Path.Combine(corpus, "elsewhere"), RepoPaths.Seed);

        var result = await RunAsync(corpus, temp.Combine("out"));

        var refused = Assert.Single(result.Report!.Documents);
        Assert.Equal((DocumentStatus.Failed, BatchCodes.SymbolicLink), (refused.Status, refused.Diagnostics[0].Code));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Convert_UnreadableDocumentFolder_FailsWithDiagnosticOthersConverted()
    {
        using var temp = new TempFolder();
        var corpus = temp.Combine("input");
        RepoPaths.CopySeedTo(Path.Combine(corpus, "good"));
        var locked = Path.Combine(corpus, "locked");
        RepoPaths.CopySeedTo(locked);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var result = await RunAsync(corpus, temp.Combine("out"));

            var outcome = Assert.Single(result.Report!.Documents, d => d.Id == "locked");
            if (CanList(locked))
            {
                // Running as root (as the test machine does), permission bits do not stop reads: the folder is
                // simply converted. What an unreadable folder does is checked below with a path that cannot be
                // listed whoever runs the test.
                Assert.Equal(DocumentStatus.Converted, outcome.Status);
            }
            else
            {
                Assert.Equal(DocumentStatus.Failed, outcome.Status);
                Assert.Equal(BatchCodes.Unreadable, outcome.Diagnostics[0].Code);
                Assert.Equal("locked", outcome.Diagnostics[0].Document);
            }

            Assert.Equal(DocumentStatus.Converted, Assert.Single(result.Report.Documents, d => d.Id == "good").Status);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public async Task Convert_DocumentPathThatCannotBeListed_FailsWithDiagnosticOthersConverted()
    {
        // Stands in for an unreadable folder when permissions do not apply (root): a document given on the
        // command line that is a file, not a folder, cannot be listed either, and must fail alone, named.
        using var temp = new TempFolder();
        var good = temp.Combine("good");
        RepoPaths.CopySeedTo(good);
        var notFolder = temp.Combine("essay-b");
        File.WriteAllText(notFolder, "not a folder");

        var result = await BatchRunner.RunAsync(
            new BatchOptions { Inputs = [good, notFolder], OutputFolder = temp.Combine("out"), Settings = Conversion.Settings },
            Conversion.ConvertAsync, new SilentObserver(), CancellationToken.None);

        Assert.Equal(BatchResult.SomeFailed, result.ExitCode);
        var failed = Assert.Single(result.Report!.Documents, d => d.Status == DocumentStatus.Failed);
        Assert.Equal(("essay-b", BatchCodes.NotAFolder), (failed.Id, failed.Diagnostics[0].Code));
        Assert.Contains("essay-b", failed.Diagnostics[0].ToString(), StringComparison.Ordinal);
        Assert.True(File.Exists(temp.Combine("out", "good.xml")));
    }

    private static bool CanList(string folder)
    {
        try
        {
            _ = Directory.GetFiles(folder);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static Task<BatchResult> RunAsync(string input, string output) =>
        BatchRunner.RunAsync(
            new BatchOptions { Inputs = [input], OutputFolder = output, Settings = Conversion.Settings },
            Conversion.ConvertAsync, new SilentObserver(), CancellationToken.None);
}

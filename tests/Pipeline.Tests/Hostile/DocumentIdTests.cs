using Pipeline.Batch;
using Pipeline.Tests.Batch;

namespace Pipeline.Tests.Hostile;

/// <summary>
/// Ids come from file and folder names a corpus chose: one that is no plain file name ('..', '.', '*')
/// is refused once, and neither the clean-up of stale temporaries nor the output reaches another
/// document's files or anything outside the output folder.
/// </summary>
public sealed class DocumentIdTests
{
    [Theory]
    [InlineData("...md")]
    [InlineData("..md")]
    public async Task Batch_LoneFileNamedToClimb_RefusedAndNothingOutsideTouched(string fileName)
    {
        using var temp = new TempFolder();
        var work = temp.Combine("work");
        var output = Path.Combine(work, "out");
        Directory.CreateDirectory(output);
        var lone = Path.Combine(work, fileName);
        await File.WriteAllTextAsync(lone, BadInput.BadInputHarness.Essay("A paragraph."));
        // Temporary-looking files that are not this document's: above the output and another writer's in it.
        var above = Path.Combine(work, "precious.tmp");
        var aboveXml = Path.Combine(temp.Path, "work.xml.1.tmp");
        var others = Path.Combine(output, ".essay-1.xml.0123.tmp");
        foreach (var file in new[] { above, aboveXml, others })
        {
            await File.WriteAllTextAsync(file, "keep");
        }

        RepoPaths.CopySeedTo(temp.Combine("input", "essay-2"));

        var result = await HostileBatch.RunAsync(output, lone, temp.Combine("input"));

        Assert.Equal(BatchResult.SomeFailed, result.ExitCode);
        var refused = Assert.Single(result.Report!.Documents, d => d.Status == DocumentStatus.Failed);
        Assert.Equal(BatchCodes.UnsafeId, Assert.Single(refused.Diagnostics).Code);
        Assert.Equal(DocumentStatus.Converted, HostileBatch.Outcome(result, "essay-2").Status);
        Assert.All(new[] { above, aboveXml, others }, f => Assert.True(File.Exists(f), f + " was deleted"));
        Assert.Equal(["work", "work.xml.1.tmp"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Where(n => n != "input").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Batch_FolderNamedStar_RefusedAndOtherTemporariesKept()
    {
        using var temp = new TempFolder();
        var corpus = temp.Combine("input");
        RepoPaths.CopySeedTo(Path.Combine(corpus, "essay-1"));
        Directory.CreateDirectory(Path.Combine(corpus, "*"));
        await File.WriteAllTextAsync(Path.Combine(corpus, "*", "document.md"), BadInput.BadInputHarness.Essay("A paragraph."));
        var output = temp.Combine("out");
        Directory.CreateDirectory(Path.Combine(output, "essay-9"));
        // Files of a shard writing into the same output at the same time.
        var writing = new[] { Path.Combine(output, ".essay-9.xml.0123.tmp"), Path.Combine(output, "essay-9", ".figure.png.0456.tmp") };
        foreach (var file in writing)
        {
            await File.WriteAllTextAsync(file, "half");
        }

        var result = await HostileBatch.RunAsync(output, corpus);

        Assert.Equal(BatchCodes.UnsafeId, Assert.Single(HostileBatch.Outcome(result, "*").Diagnostics).Code);
        Assert.Equal(DocumentStatus.Converted, HostileBatch.Outcome(result, "essay-1").Status);
        Assert.All(writing, f => Assert.True(File.Exists(f), f + " was deleted"));
    }

    [Theory]
    [InlineData("notes")]
    [InlineData("a b")]
    [InlineData("Essai-été")]
    public void Problem_PlainNames_Accepted(string id) => Assert.Null(DocumentIds.Problem(id));

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData(".hidden")]
    [InlineData("*")]
    [InlineData("a?b")]
    [InlineData("[ab]")]
    [InlineData("a\\b")]
    [InlineData("a\nb")]
    [InlineData(" padded")]
    public void Problem_NamesThatAreNoPlainFileName_Refused(string id) => Assert.NotNull(DocumentIds.Problem(id));

    [Fact]
    public async Task Batch_OutputIsTheDocumentFolder_CouldNotRunAndFolderUntouched()
    {
        using var temp = new TempFolder();
        var document = temp.Combine("essay-1");
        RepoPaths.CopySeedTo(document);
        var before = Directory.GetFileSystemEntries(document).Order(StringComparer.Ordinal).ToArray();

        var same = await HostileBatch.RunAsync(document, document);
        var inside = await HostileBatch.RunAsync(Path.Combine(document, "out"), document);

        Assert.Equal(BatchResult.CouldNotRun, same.ExitCode);
        Assert.Contains("--out", Assert.Single(same.Problems), StringComparison.Ordinal);
        Assert.Equal(BatchResult.CouldNotRun, inside.ExitCode);
        Assert.Equal(before, Directory.GetFileSystemEntries(document).Order(StringComparer.Ordinal));
    }
}

using Pipeline.Tests.Batch;

namespace Pipeline.Tests.Archive.BagIt;

/// <summary>The <c>archive</c> and <c>verify</c> commands run as the built program, checking exit codes and messages.</summary>
public sealed class ArchiveCommandTests
{
    [Fact]
    public async Task ArchiveThenVerify_UntouchedBag_ExitZero()
    {
        using var fixture = new BagFixture();

        var archive = await CliProcess.RunAsync("archive", fixture.Output, "--bag", fixture.Bag, "--organization", "Test Press");
        var verify = await CliProcess.RunAsync("verify", fixture.Bag);

        Assert.True(archive.ExitCode == 0, archive.Output);
        Assert.True(verify.ExitCode == 0, verify.Output);
        Assert.Contains("valid", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TamperedBag_ExitTwoAndNamesEachFile()
    {
        using var fixture = new BagFixture();
        await fixture.WriteAsync();
        File.AppendAllText(Path.Combine(fixture.Bag, "data", "seed-essay.xml"), " ");
        File.Delete(Path.Combine(fixture.Bag, "data", "seed-essay", "appendix-2.jpg"));
        File.WriteAllText(Path.Combine(fixture.Bag, "data", "extra.txt"), "x");

        var (exitCode, output) = await CliProcess.RunAsync("verify", fixture.Bag);

        Assert.Equal(2, exitCode);
        Assert.Contains("altered: data/seed-essay.xml", output, StringComparison.Ordinal);
        Assert.Contains("missing: data/seed-essay/appendix-2.jpg", output, StringComparison.Ordinal);
        Assert.Contains("extra: data/extra.txt", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_NoSuchFolder_ExitOne()
    {
        using var temp = new TempFolder();

        var (exitCode, output) = await CliProcess.RunAsync("verify", temp.Combine("nothing-here"));

        Assert.Equal(1, exitCode);
        Assert.Contains("does not exist", output, StringComparison.Ordinal);
    }
}

using Pipeline.Archive.BagIt;
using Pipeline.Tests.Archive.BagIt;

namespace Pipeline.Tests.Hostile;

/// <summary>
/// A bag is checked as it lies on disk: a link inside data/ is a problem, never a way out of the bag
/// (no outside file hashed or counted in Payload-Oxum); a named pipe is reported, not waited on; a
/// staging folder a killed archive left is removed by the next archive of that bag.
/// </summary>
public sealed class BagTests
{
    private static readonly TimeSpan Bounded = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task VerifyAsync_DataHoldsALinkedFolder_ReportedAndNothingOutsideRead()
    {
        using var fixture = new BagFixture();
        await fixture.WriteAsync();
        var outside = Path.Combine(fixture.Temp, "outside");
        Directory.CreateDirectory(outside);
        await File.WriteAllTextAsync(Path.Combine(outside, "secret.txt"), "outside the bag");
        var link = Path.Combine(fixture.Bag, "data", "seed-essay", "more");
        Directory.CreateSymbolicLink(link, outside);
        // The manifest even lists the outside file, as a bag made to leak it would.
        await File.AppendAllTextAsync(Path.Combine(fixture.Bag, "manifest-sha256.txt"),
            new string('0', 64) + "  data/seed-essay/more/secret.txt\n");

        var verification = await BagVerifier.VerifyAsync(fixture.Bag, CancellationToken.None);

        Assert.False(verification.IsValid);
        Assert.Contains(verification.Problems, p => p.Path == "data/seed-essay/more" && p.Detail.Contains("symbolic link", StringComparison.Ordinal));
        var listed = Assert.Single(verification.Problems, p => p.Path == "data/seed-essay/more/secret.txt");
        Assert.Equal(BagProblemKind.Malformed, listed.Kind);
        Assert.DoesNotContain("outside the bag", string.Join("\n", verification.Problems), StringComparison.Ordinal);
        Assert.DoesNotContain(verification.Problems, p => p.Kind == BagProblemKind.Altered && p.Path.StartsWith("data/", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task VerifyAsync_PipeInData_ReportedPromptly()
    {
        Skip.IfNot(SpecialFiles.CanMakeFifo, "named pipes need mkfifo");
        using var fixture = new BagFixture();
        await fixture.WriteAsync();
        var image = Path.Combine(fixture.Bag, "data", "seed-essay", "appendix-1.jpg");
        File.Delete(image);
        SpecialFiles.MakeFifo(image);

        var verification = await BagVerifier.VerifyAsync(fixture.Bag, CancellationToken.None).WaitAsync(Bounded);

        Assert.Contains(verification.Problems, p => p.Path == "data/seed-essay/appendix-1.jpg" && p.Detail.Contains("named pipe", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task WriteAsync_PipeInTheOutput_LeftOutAndListedNotWaitedOn()
    {
        Skip.IfNot(SpecialFiles.CanMakeFifo, "named pipes need mkfifo");
        using var fixture = new BagFixture();
        SpecialFiles.MakeFifo(Path.Combine(fixture.Output, "piped.xml"));

        var result = await fixture.WriteAsync().WaitAsync(Bounded);

        Assert.Contains("piped.xml", result.Excluded);
        Assert.False(File.Exists(Path.Combine(fixture.Bag, "data", "piped.xml")));
        var verification = await BagVerifier.VerifyAsync(fixture.Bag, CancellationToken.None);
        Assert.True(verification.IsValid, string.Join("\n", verification.Problems));
    }

    [Fact]
    public async Task WriteAsync_StagingLeftByAKilledRun_Removed()
    {
        using var fixture = new BagFixture();
        var stale = Path.Combine(fixture.Temp, ".bag.0123456789abcdef.partial");
        Directory.CreateDirectory(Path.Combine(stale, "data"));
        await File.WriteAllTextAsync(Path.Combine(stale, "data", "half.xml"), "<TEI");
        var otherBags = Path.Combine(fixture.Temp, ".other-bag.0123.partial");
        Directory.CreateDirectory(otherBags);

        await fixture.WriteAsync();

        Assert.False(Directory.Exists(stale));
        Assert.True(Directory.Exists(otherBags));
        Assert.True((await BagVerifier.VerifyAsync(fixture.Bag, CancellationToken.None)).IsValid);
    }
}

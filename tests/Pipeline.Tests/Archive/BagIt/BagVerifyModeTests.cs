using Pipeline.Archive.BagIt;

namespace Pipeline.Tests.Archive.BagIt;

/// <summary><c>--fast</c> checks only the Payload-Oxum, <c>--completeness-only</c> only presence; both on tampered bags.</summary>
public sealed class BagVerifyModeTests
{
    [Theory]
    [InlineData(nameof(BagVerifyMode.Fast))]
    [InlineData(nameof(BagVerifyMode.CompletenessOnly))]
    [InlineData(nameof(BagVerifyMode.Full))]
    public async Task VerifyAsync_FreshBag_ValidInEveryMode(string modeName)
    {
        var mode = Enum.Parse<BagVerifyMode>(modeName);
        using var fixture = new BagFixture();
        var written = await fixture.WriteAsync();

        var verification = await BagVerifier.VerifyAsync(fixture.Bag, mode, CancellationToken.None);

        Assert.True(verification.IsValid, string.Join("\n", verification.Problems));
        Assert.Equal(mode, verification.Mode);
        Assert.Equal(written.PayloadOxum, verification.PayloadOxum);
    }

    [Theory]
    [InlineData(nameof(BagVerifyMode.Fast), true)]
    [InlineData(nameof(BagVerifyMode.CompletenessOnly), true)]
    [InlineData(nameof(BagVerifyMode.Full), false)]
    public async Task VerifyAsync_ByteChangedSizeKept_OnlyFullReadsIt(string modeName, bool valid)
    {
        var mode = Enum.Parse<BagVerifyMode>(modeName);
        using var fixture = new BagFixture();
        await fixture.WriteAsync();
        var image = Path.Combine(fixture.Bag, "data", "seed-essay", "appendix-1.jpg");
        var bytes = File.ReadAllBytes(image);
        bytes[bytes.Length / 3] ^= 0x40;
        File.WriteAllBytes(image, bytes);

        var verification = await BagVerifier.VerifyAsync(fixture.Bag, mode, CancellationToken.None);

        Assert.Equal(valid, verification.IsValid);
    }

    [Theory]
    [InlineData(nameof(BagVerifyMode.Fast))]
    [InlineData(nameof(BagVerifyMode.CompletenessOnly))]
    public async Task VerifyAsync_MissingFile_OxumDisagreesInEitherMode(string modeName)
    {
        var mode = Enum.Parse<BagVerifyMode>(modeName);
        using var fixture = new BagFixture();
        await fixture.WriteAsync();
        File.Delete(Path.Combine(fixture.Bag, "data", "links.json"));

        var verification = await BagVerifier.VerifyAsync(fixture.Bag, mode, CancellationToken.None);

        Assert.Contains(verification.Problems, p => p.Kind == BagProblemKind.Altered && p.Path == "data/" && p.Detail.Contains("Payload-Oxum", StringComparison.Ordinal));
        Assert.Equal(mode == BagVerifyMode.CompletenessOnly, verification.Problems.Any(p => p.Kind == BagProblemKind.Missing && p.Path == "data/links.json"));
    }

    [Fact]
    public async Task VerifyAsync_CompletenessOnlyExtraFile_NamesIt()
    {
        using var fixture = new BagFixture();
        await fixture.WriteAsync();
        File.WriteAllText(Path.Combine(fixture.Bag, "data", "seed-essay", "added.txt"), "later");

        var verification = await BagVerifier.VerifyAsync(fixture.Bag, BagVerifyMode.CompletenessOnly, CancellationToken.None);

        Assert.Contains(verification.Problems, p => p.Kind == BagProblemKind.Extra && p.Path == "data/seed-essay/added.txt");
    }

    [Fact]
    public async Task VerifyAsync_FastWrongOxum_NamesBothCounts()
    {
        using var fixture = new BagFixture();
        var written = await fixture.WriteAsync();
        var infoPath = Path.Combine(fixture.Bag, "bag-info.txt");
        File.WriteAllText(infoPath, File.ReadAllText(infoPath).Replace($"Payload-Oxum: {written.PayloadOxum}", "Payload-Oxum: 12.3", StringComparison.Ordinal));

        var verification = await BagVerifier.VerifyAsync(fixture.Bag, BagVerifyMode.Fast, CancellationToken.None);

        var problem = Assert.Single(verification.Problems);
        Assert.Contains("is 12.3", problem.Detail, StringComparison.Ordinal);
        Assert.Contains(written.PayloadOxum, problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_FastWithoutOxum_IsAProblem()
    {
        using var fixture = new BagFixture();
        await fixture.WriteAsync();
        var infoPath = Path.Combine(fixture.Bag, "bag-info.txt");
        File.WriteAllLines(infoPath, File.ReadAllLines(infoPath).Where(l => !l.StartsWith("Payload-Oxum", StringComparison.Ordinal)));

        var fast = await BagVerifier.VerifyAsync(fixture.Bag, BagVerifyMode.Fast, CancellationToken.None);

        var problem = Assert.Single(fast.Problems);
        Assert.Equal((BagProblemKind.Malformed, "bag-info.txt"), (problem.Kind, problem.Path));
    }
}

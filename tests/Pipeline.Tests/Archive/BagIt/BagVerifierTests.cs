using Pipeline.Archive.BagIt;
using Pipeline.Tests.Batch;

namespace Pipeline.Tests.Archive.BagIt;

public sealed class BagVerifierTests
{
    [Fact]
    public async Task VerifyAsync_FreshBag_ValidWithEveryChecksumChecked()
    {
        using var fixture = new BagFixture();
        await fixture.WriteAsync();

        var verification = await BagVerifier.VerifyAsync(fixture.Bag, CancellationToken.None);

        Assert.True(verification.IsValid, string.Join("\n", verification.Problems));
        Assert.Equal(4, verification.PayloadFilesChecked);
        Assert.Equal(3, verification.TagFilesChecked);
    }

    [Fact]
    public async Task VerifyAsync_FlippedByte_NamesAlteredFile()
    {
        using var fixture = new BagFixture();
        await fixture.WriteAsync();
        var image = Path.Combine(fixture.Bag, "data", "seed-essay", "appendix-1.jpg");
        var bytes = File.ReadAllBytes(image);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(image, bytes);

        var verification = await BagVerifier.VerifyAsync(fixture.Bag, CancellationToken.None);

        var problem = Assert.Single(verification.Problems);
        Assert.Equal(BagProblemKind.Altered, problem.Kind);
        Assert.Equal("data/seed-essay/appendix-1.jpg", problem.Path);
    }

    [Fact]
    public async Task VerifyAsync_DeletedFile_NamesMissingFile()
    {
        using var fixture = new BagFixture();
        await fixture.WriteAsync();
        File.Delete(Path.Combine(fixture.Bag, "data", "seed-essay.xml"));

        var verification = await BagVerifier.VerifyAsync(fixture.Bag, CancellationToken.None);

        Assert.Contains(verification.Problems, p => p.Kind == BagProblemKind.Missing && p.Path == "data/seed-essay.xml");
        Assert.DoesNotContain(verification.Problems, p => p.Kind == BagProblemKind.Extra);
    }

    [Fact]
    public async Task VerifyAsync_ExtraFile_NamesExtraFile()
    {
        using var fixture = new BagFixture();
        await fixture.WriteAsync();
        File.WriteAllText(Path.Combine(fixture.Bag, "data", "seed-essay", "notes.txt"), "added later");

        var verification = await BagVerifier.VerifyAsync(fixture.Bag, CancellationToken.None);

        Assert.Contains(verification.Problems, p => p.Kind == BagProblemKind.Extra && p.Path == "data/seed-essay/notes.txt");
        Assert.DoesNotContain(verification.Problems, p => p.Kind is BagProblemKind.Missing or BagProblemKind.Altered && p.Path != "data/");
    }

    [Fact]
    public async Task VerifyAsync_FlippedDeletedAndExtra_NamesAllThree()
    {
        using var fixture = new BagFixture();
        await fixture.WriteAsync();
        var tei = Path.Combine(fixture.Bag, "data", "seed-essay.xml");
        var bytes = File.ReadAllBytes(tei);
        bytes[10] ^= 0x20;
        File.WriteAllBytes(tei, bytes);
        File.Delete(Path.Combine(fixture.Bag, "data", "links.json"));
        File.WriteAllText(Path.Combine(fixture.Bag, "data", "stray.xml"), "<x/>");

        var verification = await BagVerifier.VerifyAsync(fixture.Bag, CancellationToken.None);

        Assert.Contains(verification.Problems, p => p.Kind == BagProblemKind.Altered && p.Path == "data/seed-essay.xml");
        Assert.Contains(verification.Problems, p => p.Kind == BagProblemKind.Missing && p.Path == "data/links.json");
        Assert.Contains(verification.Problems, p => p.Kind == BagProblemKind.Extra && p.Path == "data/stray.xml");
    }

    [Fact]
    public async Task VerifyAsync_BagInfoEdited_NamesAlteredTagFile()
    {
        using var fixture = new BagFixture();
        await fixture.WriteAsync();
        File.AppendAllText(Path.Combine(fixture.Bag, "bag-info.txt"), "Contact-Name: Someone\n");

        var verification = await BagVerifier.VerifyAsync(fixture.Bag, CancellationToken.None);

        var problem = Assert.Single(verification.Problems);
        Assert.Equal((BagProblemKind.Altered, "bag-info.txt"), (problem.Kind, problem.Path));
    }

    [Fact]
    public async Task VerifyAsync_NoDeclaration_NamesIt()
    {
        using var fixture = new BagFixture();
        await fixture.WriteAsync();
        File.Delete(Path.Combine(fixture.Bag, "bagit.txt"));

        var verification = await BagVerifier.VerifyAsync(fixture.Bag, CancellationToken.None);

        Assert.Contains(verification.Problems, p => p.Kind == BagProblemKind.Missing && p.Path == "bagit.txt");
    }

    [Fact]
    public async Task VerifyAsync_ManifestPathLeavesBag_MalformedAndNotOpened()
    {
        using var fixture = new BagFixture();
        await fixture.WriteAsync();
        File.AppendAllText(Path.Combine(fixture.Bag, "manifest-sha256.txt"),
            new string('0', 64) + "  data/../../../etc/passwd\n");

        var verification = await BagVerifier.VerifyAsync(fixture.Bag, CancellationToken.None);

        Assert.Contains(verification.Problems, p => p.Kind == BagProblemKind.Malformed && p.Detail.Contains("leaves the bag", StringComparison.Ordinal));
        Assert.DoesNotContain(verification.Problems, p => p.Path.Contains("passwd", StringComparison.Ordinal) && p.Kind != BagProblemKind.Malformed);
    }

    [Fact]
    public async Task VerifyAsync_NoBagFolder_Throws()
    {
        using var temp = new TempFolder();

        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => BagVerifier.VerifyAsync(temp.Combine("absent"), CancellationToken.None));
    }
}

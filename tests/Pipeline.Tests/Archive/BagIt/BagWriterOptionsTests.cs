using System.Security.Cryptography;
using Pipeline.Archive.BagIt;

namespace Pipeline.Tests.Archive.BagIt;

/// <summary>Bag-info fields, several manifest algorithms, kept tag files and the empty payload.</summary>
public sealed class BagWriterOptionsTests
{
    [Fact]
    public async Task WriteAsync_Sha256AndSha512_OneManifestAndTagManifestEachAndVerifies()
    {
        using var fixture = new BagFixture();

        await BagWriter.WriteAsync(fixture.Output, fixture.Bag, BagFixture.Info, new BagWriteOptions { Algorithms = ["sha256", "sha512"] }, CancellationToken.None);

        var tei = Path.Combine(fixture.Output, "seed-essay.xml");
        Assert.Contains($"{Convert.ToHexStringLower(SHA512.HashData(File.ReadAllBytes(tei)))}  data/seed-essay.xml",
            File.ReadAllLines(Path.Combine(fixture.Bag, "manifest-sha512.txt")));
        Assert.Contains($"{Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(tei)))}  data/seed-essay.xml",
            File.ReadAllLines(Path.Combine(fixture.Bag, "manifest-sha256.txt")));
        var tagNames = File.ReadAllLines(Path.Combine(fixture.Bag, "tagmanifest-sha512.txt")).Select(l => l.Split("  ")[1]);
        Assert.Equal(["bag-info.txt", "bagit.txt", "manifest-sha256.txt", "manifest-sha512.txt"], tagNames);
        var verification = await BagVerifier.VerifyAsync(fixture.Bag, CancellationToken.None);
        Assert.True(verification.IsValid, string.Join("\n", verification.Problems));
        Assert.Equal(8, verification.PayloadFilesChecked);
        Assert.Equal(8, verification.TagFilesChecked);
    }

    [Fact]
    public async Task WriteAsync_Sha512ManifestAltered_VerifierNamesIt()
    {
        using var fixture = new BagFixture();
        await BagWriter.WriteAsync(fixture.Output, fixture.Bag, BagFixture.Info, new BagWriteOptions { Algorithms = ["sha512"] }, CancellationToken.None);
        var tei = Path.Combine(fixture.Bag, "data", "seed-essay.xml");
        var bytes = File.ReadAllBytes(tei);
        bytes[^3] ^= 0x01;
        File.WriteAllBytes(tei, bytes);

        var verification = await BagVerifier.VerifyAsync(fixture.Bag, CancellationToken.None);

        Assert.False(File.Exists(Path.Combine(fixture.Bag, "manifest-sha256.txt")));
        var problem = Assert.Single(verification.Problems);
        Assert.Equal((BagProblemKind.Altered, "data/seed-essay.xml"), (problem.Kind, problem.Path));
        Assert.Contains("sha512", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_ReservedAndOwnFields_WrittenInOrderBeforeTheComputedOnes()
    {
        using var fixture = new BagFixture();
        var info = BagFixture.Info with
        {
            Fields = [new("Contact-Name", "Ada Lovelace"), new("Contact-Email", "ada@example.org"), new("Bag-Count", "1 of 2"), new("Journal", "Example\nReview")],
        };

        await BagWriter.WriteAsync(fixture.Output, fixture.Bag, info, CancellationToken.None);

        var lines = File.ReadAllLines(Path.Combine(fixture.Bag, "bag-info.txt"));
        Assert.Equal("Source-Organization: Test Press", lines[0]);
        Assert.Equal("External-Description: Seed essay in TEI.", lines[1]);
        Assert.Equal(["Contact-Name: Ada Lovelace", "Contact-Email: ada@example.org", "Bag-Count: 1 of 2", "Journal: Example Review"], lines[2..6]);
        Assert.StartsWith("Bagging-Date: ", lines[6], StringComparison.Ordinal);
        Assert.StartsWith("Payload-Oxum: ", lines[7], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_OrganizationLeftToFields_WrittenOnce()
    {
        using var fixture = new BagFixture();
        var info = new BagInfo("", "", new DateOnly(2026, 11, 26), "0.1.0") { Fields = [new("Source-Organization", "Other Press")] };

        await BagWriter.WriteAsync(fixture.Output, fixture.Bag, info, CancellationToken.None);

        var lines = File.ReadAllLines(Path.Combine(fixture.Bag, "bag-info.txt"));
        Assert.Equal("Source-Organization: Other Press", Assert.Single(lines, l => l.StartsWith("Source-Organization", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.StartsWith("External-Description", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_RunReportAsTagFile_BesideThePayloadInEveryTagManifest()
    {
        using var fixture = new BagFixture();
        var report = Path.Combine(fixture.Output, "run-report.json");
        var options = new BagWriteOptions { Algorithms = ["sha256", "sha512"], TagFiles = [report] };

        var result = await BagWriter.WriteAsync(fixture.Output, fixture.Bag, BagFixture.Info, options, CancellationToken.None);

        Assert.Equal(File.ReadAllBytes(report), File.ReadAllBytes(Path.Combine(fixture.Bag, "run-report.json")));
        Assert.False(File.Exists(Path.Combine(fixture.Bag, "data", "run-report.json")));
        Assert.DoesNotContain("run-report.json", result.Excluded);
        foreach (var manifest in new[] { "tagmanifest-sha256.txt", "tagmanifest-sha512.txt" })
        {
            Assert.Contains(File.ReadAllLines(Path.Combine(fixture.Bag, manifest)), l => l.EndsWith("  run-report.json", StringComparison.Ordinal));
        }

        File.AppendAllText(Path.Combine(fixture.Bag, "run-report.json"), " ");
        var verification = await BagVerifier.VerifyAsync(fixture.Bag, CancellationToken.None);
        Assert.All(verification.Problems, p => Assert.Equal((BagProblemKind.Altered, "run-report.json"), (p.Kind, p.Path)));
        Assert.Equal(2, verification.Problems.Length);
    }

    [Fact]
    public async Task WriteAsync_TagFileWithABagName_Refused()
    {
        using var fixture = new BagFixture();
        var impostor = Path.Combine(fixture.Temp, "bag-info.txt");
        File.WriteAllText(impostor, "Payload-Oxum: 1.1\n");

        var error = await Assert.ThrowsAsync<IOException>(() =>
            BagWriter.WriteAsync(fixture.Output, fixture.Bag, BagFixture.Info, new BagWriteOptions { TagFiles = [impostor] }, CancellationToken.None));

        Assert.Contains("cannot be kept as a tag file", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(fixture.Bag));
    }

    [Fact]
    public async Task WriteAsync_NothingArchivable_EmptyPayloadErrorAndNoBag()
    {
        using var temp = new Pipeline.Tests.Batch.TempFolder();
        var output = temp.Combine("output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "run-report.json"), "{}");
        var bag = temp.Combine("bag");

        var error = await Assert.ThrowsAsync<BagEmptyPayloadException>(() => BagWriter.WriteAsync(output, bag, BagFixture.Info, CancellationToken.None));

        Assert.Contains("nothing to archive", error.Message, StringComparison.Ordinal);
        Assert.Contains("run-report.json", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(bag));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(temp.Path), p => p.EndsWith(".partial", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Contact-Name", "Ada", null)]
    [InlineData("Bag-Count", "2 of 3", null)]
    [InlineData("Bag-Count", "2 of ?", null)]
    [InlineData("Bag-Count", "4 of 3", "N of T")]
    [InlineData("Bag-Count", "two", "N of T")]
    [InlineData("Payload-Oxum", "1.1", "written by the tool")]
    [InlineData("bagging-date", "2020-01-01", "written by the tool")]
    [InlineData("Has Space", "x", "not a bag-info label")]
    [InlineData("Colon:", "x", "not a bag-info label")]
    [InlineData("Journal", " ", "needs a value")]
    public void Problem_LabelsAndValues_AsRfc8493Allows(string label, string value, string? expected)
    {
        var problem = BagInfoFields.Problem(label, value);

        if (expected is null)
        {
            Assert.Null(problem);
        }
        else
        {
            Assert.Contains(expected, problem, StringComparison.Ordinal);
        }
    }
}

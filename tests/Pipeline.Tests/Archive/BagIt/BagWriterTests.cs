using System.Security.Cryptography;
using Pipeline.Archive.BagIt;

namespace Pipeline.Tests.Archive.BagIt;

public sealed class BagWriterTests
{
    [Fact]
    public async Task WriteAsync_ConversionOutput_WritesRfc8493TagFiles()
    {
        using var fixture = new BagFixture();

        var result = await fixture.WriteAsync();

        Assert.Equal("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n", File.ReadAllText(Path.Combine(fixture.Bag, "bagit.txt")));
        var info = File.ReadAllLines(Path.Combine(fixture.Bag, "bag-info.txt"));
        Assert.Contains("Source-Organization: Test Press", info);
        Assert.Contains("Bagging-Date: 2026-11-26", info);
        Assert.Contains("External-Description: Seed essay in TEI.", info);
        Assert.Contains("Pipeline-Version: 0.1.0", info);
        var payloadBytes = new[] { "seed-essay.xml", "links.json", "seed-essay/appendix-1.jpg", "seed-essay/appendix-2.jpg" }
            .Sum(f => new FileInfo(Path.Combine(fixture.Output, f)).Length);
        Assert.Contains($"Payload-Oxum: {payloadBytes}.4", info);
        Assert.Equal(payloadBytes, result.PayloadBytes);
    }

    [Fact]
    public async Task WriteAsync_ConversionOutput_ManifestListsTeiImagesAndLinkReportWithTheirSha256()
    {
        using var fixture = new BagFixture();

        await fixture.WriteAsync();

        var expected = new[] { "links.json", "seed-essay.xml", "seed-essay/appendix-1.jpg", "seed-essay/appendix-2.jpg" }
            .Select(f => $"{Sha256(Path.Combine(fixture.Output, f))}  data/{f}")
            .ToArray();
        Assert.Equal(expected, File.ReadAllLines(Path.Combine(fixture.Bag, "manifest-sha256.txt")));
        Assert.True(File.Exists(Path.Combine(fixture.Bag, "data", "seed-essay", "appendix-2.jpg")));
    }

    [Fact]
    public async Task WriteAsync_ConversionOutput_TagManifestCoversEveryTagFile()
    {
        using var fixture = new BagFixture();

        await fixture.WriteAsync();

        var expected = new[] { "bag-info.txt", "bagit.txt", "manifest-sha256.txt" }
            .Select(f => $"{Sha256(Path.Combine(fixture.Bag, f))}  {f}")
            .ToArray();
        Assert.Equal(expected, File.ReadAllLines(Path.Combine(fixture.Bag, "tagmanifest-sha256.txt")));
    }

    [Fact]
    public async Task WriteAsync_BatchStateTemporaryFilesAndRunReport_LeftOutAndListed()
    {
        using var fixture = new BagFixture();

        var result = await fixture.WriteAsync();

        Assert.Equal([".cache/", ".seed-essay.xml.0123.tmp", "run-report.json"], result.Excluded.Order(StringComparer.Ordinal));
        var payload = Directory.EnumerateFiles(Path.Combine(fixture.Bag, "data"), "*", SearchOption.AllDirectories).ToList();
        Assert.Equal(4, payload.Count);
        Assert.DoesNotContain(payload, p => p.EndsWith(".tmp", StringComparison.Ordinal) || p.Contains("run-report", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_SameOutputTwice_IdenticalManifests()
    {
        using var fixture = new BagFixture();
        await fixture.WriteAsync();
        var second = Path.Combine(fixture.Temp, "bag2");

        await BagWriter.WriteAsync(fixture.Output, second, BagFixture.Info, CancellationToken.None);

        foreach (var tag in new[] { "manifest-sha256.txt", "tagmanifest-sha256.txt", "bag-info.txt" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(fixture.Bag, tag)), File.ReadAllBytes(Path.Combine(second, tag)));
        }
    }

    [Fact]
    public async Task WriteAsync_BagFolderNotEmpty_RefusesAndKeepsIt()
    {
        using var fixture = new BagFixture();
        Directory.CreateDirectory(fixture.Bag);
        File.WriteAllText(Path.Combine(fixture.Bag, "keep.txt"), "mine");

        var error = await Assert.ThrowsAsync<IOException>(fixture.WriteAsync);

        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(fixture.Bag, "keep.txt")));
    }

    [Fact]
    public async Task WriteAsync_BagInsideOutput_Refuses()
    {
        using var fixture = new BagFixture();

        var error = await Assert.ThrowsAsync<IOException>(() =>
            BagWriter.WriteAsync(fixture.Output, Path.Combine(fixture.Output, "bag"), BagFixture.Info, CancellationToken.None));

        Assert.Contains("inside the folder it archives", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_FileNameWithPercentAndLineFeed_PercentEncodedAndVerifies()
    {
        using var fixture = new BagFixture();
        File.WriteAllText(Path.Combine(fixture.Output, "seed-essay", "odd%name\nfig.txt"), "x");

        await fixture.WriteAsync();

        Assert.Contains(File.ReadAllLines(Path.Combine(fixture.Bag, "manifest-sha256.txt")),
            l => l.EndsWith("  data/seed-essay/odd%25name%0Afig.txt", StringComparison.Ordinal));
        var verification = await BagVerifier.VerifyAsync(fixture.Bag, CancellationToken.None);
        Assert.True(verification.IsValid, string.Join("\n", verification.Problems));
    }

    [Fact]
    public async Task WriteAsync_LinkReportOutsideOutput_ArchivedAndVerifies()
    {
        using var fixture = new BagFixture();
        var report = Path.Combine(fixture.Temp, "report.html");
        File.WriteAllText(report, "<html><body>0 links checked</body></html>");

        var result = await BagWriter.WriteAsync(fixture.Output, fixture.Bag, BagFixture.Info, CancellationToken.None, [report]);

        Assert.Equal(5, result.PayloadFiles);
        Assert.Equal(File.ReadAllText(report), File.ReadAllText(Path.Combine(fixture.Bag, "data", "report.html")));
        Assert.True((await BagVerifier.VerifyAsync(fixture.Bag, CancellationToken.None)).IsValid);
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}

using Pipeline.Tests.Archive.BagIt;
using Pipeline.Tests.Batch;
using Pipeline.Tests.Cli.CommandLine;

namespace Pipeline.Tests.Cli.Commands.Archive;

/// <summary><c>archive</c>'s bag-info options, checksum choice and refusals, and <c>verify</c>'s modes, through the real command line.</summary>
public sealed class ArchiveOptionsTests
{
    [Fact]
    public async Task Archive_ReservedFieldOptionsAndInfo_WrittenToBagInfo()
    {
        using var fixture = new BagFixture();

        var (exit, output, error) = await InProcessCli.RunAsync(
            "archive", fixture.Output, "--bag", fixture.Bag,
            "--contact-name", "Ada Lovelace", "--contact-email", "ada@example.org", "--contact-phone", "+44 20 7946 0000",
            "--organization-address", "1 Example Street", "--external-identifier", "doi:10.0000/example",
            "--bag-group-identifier", "volume-12", "--bag-count", "1 of 3",
            "--internal-sender-identifier", "batch-7", "--internal-sender-description", "Back catalogue, part one",
            "--info", "Journal=Example Review", "--info", "Contact-Name=Grace Hopper");

        Assert.True(exit == 0, output + error);
        var lines = File.ReadAllLines(Path.Combine(fixture.Bag, "bag-info.txt"));
        Assert.Equal(
            [
                "Source-Organization: Pipeline",
                "Organization-Address: 1 Example Street",
                "Contact-Name: Ada Lovelace",
                "Contact-Phone: +44 20 7946 0000",
                "Contact-Email: ada@example.org",
                "External-Identifier: doi:10.0000/example",
                "Bag-Group-Identifier: volume-12",
                "Bag-Count: 1 of 3",
                "Internal-Sender-Identifier: batch-7",
                "Internal-Sender-Description: Back catalogue, part one",
                "Journal: Example Review",
                "Contact-Name: Grace Hopper",
            ],
            lines.Where(l => !l.StartsWith("External-Description", StringComparison.Ordinal)).Take(12));
        Assert.Contains(lines, l => l.StartsWith("Payload-Oxum: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Archive_OldOrganizationAndDescriptionNames_StillWork()
    {
        using var fixture = new BagFixture();

        var (exit, _, error) = await InProcessCli.RunAsync("archive", fixture.Output, "--bag", fixture.Bag, "--organization", "Test Press", "--description", "Essays.");

        Assert.True(exit == 0, error);
        var lines = File.ReadAllLines(Path.Combine(fixture.Bag, "bag-info.txt"));
        Assert.Contains("Source-Organization: Test Press", lines);
        Assert.Contains("External-Description: Essays.", lines);
    }

    [Theory]
    [InlineData("--info", "Payload-Oxum=1.1", "written by the tool")]
    [InlineData("--info", "Bagging-Date=2001-01-01", "written by the tool")]
    [InlineData("--info", "no-equals-sign", "KEY=VALUE")]
    [InlineData("--info", "Bad Label=x", "not a bag-info label")]
    [InlineData("--bag-count", "4 of 3", "N of T")]
    [InlineData("--checksum", "md5", "not one of sha256, sha384, sha512")]
    public async Task Archive_BadFieldOrAlgorithm_ExitOneAndNoBag(string option, string value, string message)
    {
        using var fixture = new BagFixture();

        var (exit, output, error) = await InProcessCli.RunAsync("archive", fixture.Output, "--bag", fixture.Bag, option, value);

        Assert.Equal(1, exit);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal("", output);
        Assert.False(Directory.Exists(fixture.Bag));
    }

    [Fact]
    public async Task Archive_ChecksumSha256AndSha512_BothManifestsAndVerifies()
    {
        using var fixture = new BagFixture();

        var archive = await InProcessCli.RunAsync("archive", fixture.Output, "--bag", fixture.Bag, "--checksum", "sha256,sha512");
        var verify = await InProcessCli.RunAsync("verify", fixture.Bag);

        Assert.True(archive.ExitCode == 0, archive.Error);
        foreach (var file in new[] { "manifest-sha256.txt", "manifest-sha512.txt", "tagmanifest-sha256.txt", "tagmanifest-sha512.txt" })
        {
            Assert.True(File.Exists(Path.Combine(fixture.Bag, file)), file);
        }

        Assert.True(verify.ExitCode == 0, verify.Output + verify.Error);
        Assert.Contains("8 payload and 10 tag checksums match", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Archive_RunReport_KeptAsTagFile()
    {
        using var fixture = await ConvertedOutput.CreateAsync(withFailure: false);

        var (exit, _, error) = await InProcessCli.RunAsync("archive", fixture.Output, "--bag", fixture.Bag);

        Assert.True(exit == 0, error);
        Assert.Equal(File.ReadAllText(Path.Combine(fixture.Output, "run-report.json")), File.ReadAllText(Path.Combine(fixture.Bag, "run-report.json")));
        Assert.Contains(File.ReadAllLines(Path.Combine(fixture.Bag, "tagmanifest-sha256.txt")), l => l.EndsWith("  run-report.json", StringComparison.Ordinal));
        Assert.Equal(0, (await InProcessCli.RunAsync("verify", fixture.Bag)).ExitCode);
    }

    [Fact]
    public async Task Archive_RunWithFailedDocuments_RefusedUnlessAllowFailed()
    {
        using var fixture = await ConvertedOutput.CreateAsync(withFailure: true);

        var refused = await InProcessCli.RunAsync("archive", fixture.Output, "--bag", fixture.Bag);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("1 of 2 documents failed", refused.Error, StringComparison.Ordinal);
        Assert.Contains("broken-essay", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--allow-failed", refused.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(fixture.Bag));

        var allowed = await InProcessCli.RunAsync("archive", fixture.Output, "--bag", fixture.Bag, "--allow-failed");

        Assert.True(allowed.ExitCode == 0, allowed.Error);
        Assert.Contains("warning: bagging without 1 failed", allowed.Error, StringComparison.Ordinal);
        Assert.Contains("broken-essay", File.ReadAllText(Path.Combine(fixture.Bag, "run-report.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Archive_EmptyOutputFolder_ExitOneNothingToBag()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.Combine("output"));

        var (exit, output, error) = await InProcessCli.RunAsync("archive", temp.Combine("output"), "--bag", temp.Combine("bag"));

        Assert.Equal(1, exit);
        Assert.Contains("nothing to bag", error, StringComparison.Ordinal);
        Assert.Equal("", output);
        Assert.False(Directory.Exists(temp.Combine("bag")));
    }

    [Fact]
    public async Task Verify_FastAndCompletenessOnly_ReportWhatTheyChecked()
    {
        using var fixture = new BagFixture();
        Assert.Equal(0, (await InProcessCli.RunAsync("archive", fixture.Output, "--bag", fixture.Bag)).ExitCode);
        var image = Path.Combine(fixture.Bag, "data", "seed-essay", "appendix-2.jpg");
        var bytes = File.ReadAllBytes(image);
        bytes[100] ^= 0x01;
        File.WriteAllBytes(image, bytes);

        var fast = await InProcessCli.RunAsync("verify", fixture.Bag, "--fast");
        var complete = await InProcessCli.RunAsync("verify", fixture.Bag, "--completeness-only");
        var full = await InProcessCli.RunAsync("verify", fixture.Bag);

        Assert.Equal((0, 0, 2), (fast.ExitCode, complete.ExitCode, full.ExitCode));
        Assert.Contains("Payload-Oxum", fast.Output, StringComparison.Ordinal);
        Assert.Contains("no checksum checked", complete.Output, StringComparison.Ordinal);
        Assert.Contains("altered: data/seed-essay/appendix-2.jpg", full.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_FastWithMissingFile_ExitTwo()
    {
        using var fixture = new BagFixture();
        await fixture.WriteAsync();
        File.Delete(Path.Combine(fixture.Bag, "data", "seed-essay.xml"));

        var (exit, output, _) = await InProcessCli.RunAsync("verify", fixture.Bag, "--fast");

        Assert.Equal(2, exit);
        Assert.Contains("Payload-Oxum", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_FastAndCompletenessOnlyTogether_UsageError()
    {
        using var fixture = new BagFixture();
        await fixture.WriteAsync();

        var (exit, _, error) = await InProcessCli.RunAsync("verify", fixture.Bag, "--fast", "--completeness-only");

        Assert.Equal(1, exit);
        Assert.Contains("give one of them", error, StringComparison.Ordinal);
    }
}

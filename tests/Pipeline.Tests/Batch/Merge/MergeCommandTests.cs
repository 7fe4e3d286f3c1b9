using System.Text.Json;

namespace Pipeline.Tests.Batch.Merge;

/// <summary>Shards run one after another into one output folder, merged by the command a user types.</summary>
public sealed class MergeCommandTests
{
    [Fact]
    public async Task Merge_ThreeShards_HasTheTotalsOfAnUnshardedRun()
    {
        using var temp = new TempFolder();
        var corpus = temp.Combine("input");
        var seed = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Seed, "document.md"));
        for (var i = 0; i < 12; i++)
        {
            Directory.CreateDirectory(Path.Combine(corpus, $"essay-{i:D2}"));
            await File.WriteAllBytesAsync(Path.Combine(corpus, $"essay-{i:D2}", "document.md"), seed);
        }

        var single = temp.Combine("single");
        var (exit, log) = await CliProcess.RunAsync("convert", corpus, "--out", single, "--no-ocr", "--plain");
        Assert.True(exit == 0, log);
        var sharded = temp.Combine("sharded");
        for (var shard = 0; shard < 3; shard++)
        {
            (exit, log) = await CliProcess.RunAsync("convert", corpus, "--out", sharded, "--no-ocr", "--plain", "--shard", $"{shard}/3");
            Assert.True(exit == 0, log);
        }

        (exit, log) = await CliProcess.RunAsync("merge", sharded, "--corpus", corpus);

        Assert.True(exit == 0, log);
        Assert.Contains("merged 3 shard reports of 3: 12 documents, 12 converted", log, StringComparison.Ordinal);
        Assert.Equal(Totals(Path.Combine(single, "run-report.json")), Totals(Path.Combine(sharded, "run-report.json")));
    }

    [Fact]
    public async Task Merge_AMissingShard_ExitsTwoNamingIt()
    {
        using var temp = new TempFolder();
        var corpus = temp.Combine("input");
        RepoPaths.CopySeedTo(Path.Combine(corpus, "essay"));
        RepoPaths.CopySeedTo(Path.Combine(corpus, "other"));
        var output = temp.Combine("out");
        var shard = Pipeline.Batch.ShardSpec.Of("essay", 2);
        var (exit, log) = await CliProcess.RunAsync("convert", corpus, "--out", output, "--no-ocr", "--plain", "--shard", $"{shard}/2");
        Assert.True(exit == 0, log);

        (exit, log) = await CliProcess.RunAsync("merge", output);

        Assert.Equal(2, exit);
        Assert.Contains($"shard {1 - shard}/2 has no report", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Archive_ShardedOutput_IsRefusedUntilMergedAndComplete()
    {
        using var temp = new TempFolder();
        var corpus = temp.Combine("input");
        RepoPaths.CopySeedTo(Path.Combine(corpus, "essay"));
        RepoPaths.CopySeedTo(Path.Combine(corpus, "other"));
        var output = temp.Combine("out");
        var shard = Pipeline.Batch.ShardSpec.Of("essay", 2);
        var (exit, log) = await CliProcess.RunAsync("convert", corpus, "--out", output, "--no-ocr", "--plain", "--shard", $"{shard}/2");
        Assert.True(exit == 0, log);

        (exit, log) = await CliProcess.RunAsync("archive", output, "--bag", temp.Combine("bag-1"));
        Assert.Equal(2, exit);
        Assert.Contains("no merged report", log, StringComparison.Ordinal);

        (exit, _) = await CliProcess.RunAsync("merge", output, "--corpus", corpus);
        Assert.Equal(2, exit);
        (exit, log) = await CliProcess.RunAsync("archive", output, "--bag", temp.Combine("bag-2"));
        Assert.Equal(2, exit);
        Assert.Contains("the shards do not add up", log, StringComparison.Ordinal);

        (exit, log) = await CliProcess.RunAsync("convert", corpus, "--out", output, "--no-ocr", "--plain", "--shard", $"{1 - shard}/2");
        Assert.True(exit == 0, log);
        (exit, log) = await CliProcess.RunAsync("merge", output, "--corpus", corpus);
        Assert.True(exit == 0, log);
        (exit, log) = await CliProcess.RunAsync("archive", output, "--bag", temp.Combine("bag-3"));
        Assert.True(exit == 0, log);
        Assert.True(File.Exists(Path.Combine(temp.Combine("bag-3"), "bagit.txt")));
    }

    [Fact]
    public async Task Merge_NoReports_CouldNotRun()
    {
        using var temp = new TempFolder();

        var (exit, log) = await CliProcess.RunAsync("merge", temp.Path);

        Assert.Equal(1, exit);
        Assert.Contains("no shard run reports", log, StringComparison.Ordinal);
    }

    private static string Totals(string report)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(report));
        return json.RootElement.GetProperty("totals").GetRawText();
    }
}

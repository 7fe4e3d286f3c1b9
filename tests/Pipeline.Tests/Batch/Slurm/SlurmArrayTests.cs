using System.Text.Json;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Batch.Slurm;

/// <summary>
/// The sharded conversion as a university cluster runs it: <c>scripts/slurm/submit.sh</c> submits an array of
/// shards and the merge-and-bag job to a real one-node Slurm cluster over a corpus of seed copies and variants.
/// The merged report must equal a single-machine run's, the bag must verify, and a shard killed midway and
/// resubmitted must lose nothing and convert nothing twice.
/// </summary>
public sealed class SlurmArrayTests
{
    private const int Shards = 4;
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(6);

    [SkippableFact]
    public async Task ShardedArray_OnARealCluster_MergesToTheSingleMachineRun_AndResumesAKilledShard()
    {
        using var temp = new TempFolder();
        var (cluster, whyNot) = await SlurmCluster.StartAsync(temp.Combine("slurm"));
        Skip.If(cluster is null, "no Slurm cluster could be started on this machine: " + whyNot);
        await using var running = cluster!;

        var corpus = temp.Combine("input");
        var ids = WriteCorpus(corpus);
        var single = temp.Combine("single");
        var (singleExit, singleLog) = await CliProcess.RunAsync("convert", corpus, "--out", single, "--no-ocr", "--plain");
        Assert.True(singleExit == 0, singleLog);
        var expected = Outcomes(Path.Combine(single, "run-report.json"));
        Assert.Equal(ids.Count, expected.Count);

        // A whole run: every shard, then merge and bag.
        var output = temp.Combine("sharded");
        var bag = temp.Combine("bag");
        var jobs = await SubmitAsync(running, corpus, output, bag);
        await running.WaitForAsync(JobTimeout, jobs);
        var merged = Outcomes(Path.Combine(output, "run-report.json"));
        Assert.Equal(Sorted(expected), Sorted(merged));
        Assert.Empty(MergeProblems(Path.Combine(output, "run-report.json")));
        var (verifyExit, verifyLog) = await CliProcess.RunAsync("verify", bag);
        Assert.True(verifyExit == 0, verifyLog);
        Assert.Equal(ids.Count, Directory.GetFiles(Path.Combine(bag, "data"), "*.xml").Length);

        // A shard killed midway (SIGKILL of its conversion step), then resubmitted on its own.
        var killedOutput = temp.Combine("killed");
        var killedBag = temp.Combine("killed-bag");
        var victim = await SubmitAndKillShardAsync(running, corpus, killedOutput, killedBag, shard: 1);
        var (mergeExit, mergeLog) = await CliProcess.RunAsync("merge", killedOutput, "--corpus", corpus);
        Assert.True(mergeExit == 2, "a killed shard must leave the merge incomplete: " + mergeLog);
        Assert.Contains("shard 1/4 has no report", mergeLog, StringComparison.Ordinal);
        Assert.False(Directory.Exists(killedBag), "no bag may be written for an incomplete run");

        var again = await SubmitAsync(running, corpus, killedOutput, killedBag, "--only", "1");
        await running.WaitForAsync(JobTimeout, again);
        var resumed = Outcomes(Path.Combine(killedOutput, "run-report.json"));
        Assert.Empty(MergeProblems(Path.Combine(killedOutput, "run-report.json")));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), resumed.Keys.Order(StringComparer.Ordinal));
        Assert.All(resumed, r => Assert.Equal(expected[r.Key] with { Status = r.Value.Status }, r.Value));
        var shardOne = ids.Where(id => Pipeline.Batch.ShardSpec.Of(id, Shards) == 1).ToHashSet(StringComparer.Ordinal);
        var skipped = resumed.Where(r => r.Value.Status == "Skipped").Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        Assert.True(skipped.Count >= victim, $"the {victim} documents shard 1 wrote before the kill must be skipped on resubmission, {skipped.Count} were");
        Assert.Subset(shardOne, skipped);
        Assert.True(skipped.Count < shardOne.Count, "the kill must come before shard 1 has finished");
        Assert.All(resumed.Where(r => !shardOne.Contains(r.Key)), r => Assert.Equal(expected[r.Key], r.Value));
        Assert.All(resumed.Where(r => shardOne.Contains(r.Key) && !skipped.Contains(r.Key)), r => Assert.Equal("Converted", r.Value.Status));
        (verifyExit, verifyLog) = await CliProcess.RunAsync("verify", killedBag);
        Assert.True(verifyExit == 0, verifyLog);
        Assert.Equal(ids.Count, Directory.GetFiles(Path.Combine(killedBag, "data"), "*.xml").Length);
    }

    /// <summary>
    /// 200 copies of the seed's text, 12 variants (CRLF, hard-wrapped with running heads, an extra paragraph) and
    /// 4 whole seed folders with their images; returns the ids.
    /// </summary>
    private static List<string> WriteCorpus(string corpus)
    {
        var seed = File.ReadAllText(Path.Combine(RepoPaths.Seed, "document.md"));
        var ids = new List<string>();
        void Write(string id, string text)
        {
            Directory.CreateDirectory(Path.Combine(corpus, id));
            File.WriteAllText(Path.Combine(corpus, id, "document.md"), text);
            ids.Add(id);
        }

        for (var i = 0; i < 200; i++)
        {
            Write($"copy-{i:D3}", seed);
        }

        for (var i = 0; i < 4; i++)
        {
            Write($"crlf-{i}", SeedVariants.WithCrlf(seed));
            Write($"wrapped-{i}", SeedVariants.HardWrap(seed, new HardWrapOptions { Width = 60 + (i * 5) }).Text);
            Write($"longer-{i}", seed + $"\n\nA closing paragraph added to variant {i}.\n");
            RepoPaths.CopySeedTo(Path.Combine(corpus, $"with-images-{i}"));
            ids.Add($"with-images-{i}");
        }

        return ids;
    }

    private static async Task<string[]> SubmitAsync(SlurmCluster cluster, string corpus, string output, string bag, params string[] extra)
    {
        var (exit, stdout, stderr) = await cluster.RunAsync("bash", [SlurmCluster.Script("submit.sh"), corpus, output, bag, Shards.ToString(System.Globalization.CultureInfo.InvariantCulture), .. extra]);
        Assert.True(exit == 0, stdout + stderr);
        var jobs = stdout.Trim().Split(' ');
        Assert.Equal(2, jobs.Length);
        return jobs;
    }

    /// <summary>Submits every shard, SIGKILLs shard <paramref name="shard"/>'s conversion once it has written a few documents, waits for the rest; returns how many it had written.</summary>
    private static async Task<int> SubmitAndKillShardAsync(SlurmCluster cluster, string corpus, string output, string bag, int shard)
    {
        var jobs = await SubmitAsync(cluster, corpus, output, bag);
        var journal = Path.Combine(output, ".cache", $"manifest.shard-{shard}-of-{Shards}.jsonl");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var written = 0;
        while (clock.Elapsed < JobTimeout)
        {
            written = File.Exists(journal) ? File.ReadLines(journal).Count() : 0;
            if (written >= 3)
            {
                break;
            }

            await Task.Delay(50);
        }

        Assert.True(written >= 3, $"shard {shard} wrote no documents within {JobTimeout}");
        var (pkill, _, pkillErr) = await cluster.RunAsync("pkill", "-KILL", "-f", "--", $"--shard {shard}/{Shards}");
        Assert.True(pkill == 0, "no conversion process of the shard to kill: " + pkillErr);
        written = File.ReadLines(journal).Count();
        await cluster.WaitForAsync(JobTimeout, jobs);
        return written;
    }

    private static Dictionary<string, Outcome> Outcomes(string report)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(report));
        return json.RootElement.GetProperty("documents").EnumerateArray().ToDictionary(
            d => d.GetProperty("id").GetString()!,
            d => new Outcome(
                d.GetProperty("status").GetString()!,
                d.GetProperty("notes").GetInt32(),
                string.Join('\n', d.GetProperty("diagnostics").EnumerateArray()
                    .Where(x => x.GetProperty("severity").GetString() == "Warning")
                    .Select(x => x.GetProperty("code").GetString() + " " + x.GetProperty("message").GetString()))),
            StringComparer.Ordinal);
    }

    private static List<KeyValuePair<string, Outcome>> Sorted(Dictionary<string, Outcome> outcomes) =>
        [.. outcomes.OrderBy(o => o.Key, StringComparer.Ordinal)];

    private static List<string> MergeProblems(string report)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(report));
        return [.. json.RootElement.GetProperty("merge").GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("message").GetString()!)];
    }

    private sealed record Outcome(string Status, int Notes, string Warnings);
}

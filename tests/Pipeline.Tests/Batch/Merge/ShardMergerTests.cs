using System.Collections.Immutable;
using Pipeline.Batch;
using Pipeline.Batch.Merge;
using Pipeline.Diagnostics;

namespace Pipeline.Tests.Batch.Merge;

public sealed class ShardMergerTests
{
    private static readonly string[] Corpus = [.. Enumerable.Range(0, 40).Select(i => $"essay-{i:D2}")];

    /// <summary>The report shard <paramref name="index"/> of <paramref name="count"/> writes for <paramref name="ids"/>.</summary>
    private static (string, RunReport) Report(int index, int count, IEnumerable<string>? ids = null)
    {
        var mine = (ids ?? Corpus.Where(id => ShardSpec.Of(id, count) == index))
            .Select(id => new DocumentOutcome(id, DocumentStatus.Converted, 3, 10,
                [new Diagnostic("x.warning", Severity.Warning, id, 4, "a warning")]))
            .ToImmutableArray();
        var start = new DateTimeOffset(2026, 1, 1, 10, index, 0, TimeSpan.Zero);
        return ($"run-report.shard-{index}-of-{count}.json",
            new RunReport("1.0", $"{index}/{count}", start, start.AddMinutes(1), 60_000, 0, RunTotals.Of(mine), mine));
    }

    private static RunReport Merge(IReadOnlyList<(string, RunReport)> reports, bool withCorpus = true) =>
        ShardMerger.Merge(reports, withCorpus ? Corpus.ToHashSet(StringComparer.Ordinal) : null);

    [Fact]
    public void Merge_EveryShardOnce_GivesTheCorpusOnceWithItsTotals()
    {
        var merged = Merge([.. Enumerable.Range(0, 4).Select(i => Report(i, 4))]);

        Assert.Empty(merged.Merge!.Problems);
        Assert.Equal(Corpus, merged.Documents.Select(d => d.Id));
        Assert.Equal(new RunTotals(40, 40, 0, 0, 120, 40, 0), merged.Totals);
        Assert.Equal(0, merged.ExitCode);
        Assert.Equal(4, merged.Merge.Shards);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 10, 0, 0, TimeSpan.Zero), merged.StartedAt);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 10, 4, 0, TimeSpan.Zero), merged.FinishedAt);
    }

    [Fact]
    public void Merge_AShardWithoutReport_IsAProblemAndItsDocumentsAreMissing()
    {
        var merged = Merge([Report(0, 3), Report(2, 3)]);

        Assert.Equal(2, merged.ExitCode);
        Assert.Contains(merged.Merge!.Problems, p => p.Code == MergeCodes.ShardMissing && p.Message.StartsWith("shard 1/3", StringComparison.Ordinal));
        var missing = Corpus.Where(id => ShardSpec.Of(id, 3) == 1).ToList();
        Assert.Equal(missing, merged.Merge.Problems.Where(p => p.Code == MergeCodes.DocumentMissing).Select(p => p.Document));
    }

    [Fact]
    public void Merge_ADocumentInTwoShards_IsKeptOnceAndReported()
    {
        var stray = Corpus.First(id => ShardSpec.Of(id, 2) == 0);
        var merged = Merge([Report(0, 2), Report(1, 2, Corpus.Where(id => ShardSpec.Of(id, 2) == 1).Append(stray))]);

        Assert.Equal(40, merged.Documents.Length);
        Assert.Contains(merged.Merge!.Problems, p => p.Code == MergeCodes.DocumentTwice && p.Document == stray);
        Assert.Contains(merged.Merge.Problems, p => p.Code == MergeCodes.WrongShard && p.Document == stray);
        Assert.Equal(2, merged.ExitCode);
    }

    [Fact]
    public void Merge_ReportsOfDifferentSplits_AreRefused()
    {
        var merged = Merge([Report(0, 2), Report(1, 3)]);

        Assert.Contains(merged.Merge!.Problems, p => p.Code == MergeCodes.ShardCountsDiffer);
    }

    [Fact]
    public void Merge_SameShardTwice_IsAProblem()
    {
        var merged = Merge([Report(0, 2), Report(1, 2), Report(1, 2)], withCorpus: false);

        Assert.Contains(merged.Merge!.Problems, p => p.Code == MergeCodes.ShardTwice);
    }

    [Fact]
    public void Merge_ADocumentNotInTheCorpus_IsReported()
    {
        var merged = ShardMerger.Merge([Report(0, 1, ["essay-00", "elsewhere"])], new HashSet<string>(["essay-00"], StringComparer.Ordinal));

        Assert.Contains(merged.Merge!.Problems, p => p.Code == MergeCodes.NotInCorpus && p.Document == "elsewhere");
    }

    [Fact]
    public void Merge_AFailedDocument_MakesTheMergedRunExitTwo()
    {
        var (file, report) = Report(0, 1);
        var failed = report with { Documents = report.Documents.SetItem(0, report.Documents[0] with { Status = DocumentStatus.Failed }) };

        var merged = Merge([(file, failed)]);

        Assert.Empty(merged.Merge!.Problems);
        Assert.Equal(1, merged.Totals.Failed);
        Assert.Equal(2, merged.ExitCode);
    }
}

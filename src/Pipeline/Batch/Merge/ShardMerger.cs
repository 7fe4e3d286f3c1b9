using System.Collections.Immutable;
using System.Globalization;

namespace Pipeline.Batch.Merge;

/// <summary>
/// Puts the run reports of a sharded conversion back together: every document once, totals over all of them,
/// and a check that the shards add up to the corpus: each shard 0…n-1 reported once, no document in two
/// shards or in the wrong one, and (given the corpus) no document in none.
/// </summary>
internal static class ShardMerger
{
    /// <param name="reports">The shard reports, each with the file it was read from.</param>
    /// <param name="corpusIds">The ids of the corpus the shards were cut from, when known: each must be reported.</param>
    public static RunReport Merge(IReadOnlyList<(string File, RunReport Report)> reports, IReadOnlySet<string>? corpusIds)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var problems = ImmutableArray.CreateBuilder<MergeProblem>();
        if (reports.Count == 0)
        {
            problems.Add(new MergeProblem(MergeCodes.NoReports, "no shard run report to merge."));
        }

        var count = CheckShards(reports, problems);
        var byId = new SortedDictionary<string, (DocumentOutcome Outcome, string Shard)>(StringComparer.Ordinal);
        foreach (var (file, report) in reports)
        {
            foreach (var outcome in report.Documents)
            {
                if (count > 1 && ShardSpec.TryParse(report.Shard, out var shard, out _) && ShardSpec.Of(outcome.Id, count) != shard.Index)
                {
                    problems.Add(new MergeProblem(MergeCodes.WrongShard,
                        $"'{outcome.Id}' belongs to shard {ShardSpec.Of(outcome.Id, count)}/{count} but was converted by shard {report.Shard}.", outcome.Id));
                }

                if (!byId.TryAdd(outcome.Id, (outcome, report.Shard)))
                {
                    problems.Add(new MergeProblem(MergeCodes.DocumentTwice,
                        $"'{outcome.Id}' is reported by shard {byId[outcome.Id].Shard} and by shard {report.Shard} ({Path.GetFileName(file)}); the first is kept.", outcome.Id));
                }
            }
        }

        if (corpusIds is not null)
        {
            foreach (var id in corpusIds.Order(StringComparer.Ordinal).Where(id => !byId.ContainsKey(id)))
            {
                var shard = count > 0 ? string.Create(CultureInfo.InvariantCulture, $"{ShardSpec.Of(id, count)}/{count}") : "?";
                problems.Add(new MergeProblem(MergeCodes.DocumentMissing, $"'{id}' (shard {shard}) is in the corpus but in no shard's report.", id));
            }

            foreach (var id in byId.Keys.Where(id => !corpusIds.Contains(id)))
            {
                problems.Add(new MergeProblem(MergeCodes.NotInCorpus, $"'{id}' is reported but is not in the corpus.", id));
            }
        }

        var documents = byId.Values.Select(v => v.Outcome).ToImmutableArray();
        var totals = RunTotals.Of(documents);
        var started = reports.Count == 0 ? DateTimeOffset.UnixEpoch : reports.Min(r => r.Report.StartedAt);
        var finished = reports.Count == 0 ? DateTimeOffset.UnixEpoch : reports.Max(r => r.Report.FinishedAt);
        var exitCode = totals.Failed > 0 || problems.Count > 0 ? BatchResult.SomeFailed : BatchResult.Success;
        var version = reports.Select(r => r.Report.PipelineVersion).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new RunReport(
            string.Join(", ", version),
            string.Create(CultureInfo.InvariantCulture, $"merged {reports.Count} of {count}"),
            started,
            finished,
            (long)(finished - started).TotalMilliseconds,
            exitCode,
            totals,
            documents)
        {
            Merge = new MergeInfo(count, [.. reports.Select(r => r.File)], problems.ToImmutable()),
        };
    }

    /// <summary>The shard count all reports agree on (0 when they do not), with a problem for each shard missing or given twice.</summary>
    private static int CheckShards(IReadOnlyList<(string File, RunReport Report)> reports, ImmutableArray<MergeProblem>.Builder problems)
    {
        var shards = new List<(ShardSpec Shard, string File)>();
        foreach (var (file, report) in reports)
        {
            if (ShardSpec.TryParse(report.Shard, out var shard, out _))
            {
                shards.Add((shard, file));
            }
            else
            {
                problems.Add(new MergeProblem(MergeCodes.UnreadableReport, $"{Path.GetFileName(file)} names no shard 'i/n' ('{report.Shard}')."));
            }
        }

        var counts = shards.Select(s => s.Shard.Count).Distinct().Order().ToList();
        if (counts.Count != 1)
        {
            if (counts.Count > 1)
            {
                problems.Add(new MergeProblem(MergeCodes.ShardCountsDiffer,
                    $"the reports come from splits into different numbers of shards ({string.Join(", ", counts)}); merge the reports of one run."));
            }

            return 0;
        }

        var count = counts[0];
        for (var index = 0; index < count; index++)
        {
            var given = shards.Where(s => s.Shard.Index == index).ToList();
            if (given.Count == 0)
            {
                problems.Add(new MergeProblem(MergeCodes.ShardMissing, string.Create(CultureInfo.InvariantCulture, $"shard {index}/{count} has no report: it did not run, or not to the end.")));
            }
            else if (given.Count > 1)
            {
                problems.Add(new MergeProblem(MergeCodes.ShardTwice,
                    string.Create(CultureInfo.InvariantCulture, $"shard {index}/{count} is reported {given.Count} times ({string.Join(", ", given.Select(g => Path.GetFileName(g.File)))}).")));
            }
        }

        return count;
    }
}

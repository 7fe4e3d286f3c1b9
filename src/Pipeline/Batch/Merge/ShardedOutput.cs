namespace Pipeline.Batch.Merge;

/// <summary>
/// Whether an output folder written by shards may be archived: only once <c>pipeline merge</c> has put their
/// reports together and found that they add up to the corpus, since the merged report is what says the bag
/// is the whole corpus. An output written by one unsharded run is always fine.
/// </summary>
internal static class ShardedOutput
{
    /// <summary>Null when the folder may be archived, else why not.</summary>
    public static async Task<string?> WhyNotArchivableAsync(string outputFolder, CancellationToken cancellationToken)
    {
        var shardReports = ShardReports.Find([outputFolder], out _);
        if (shardReports.IsEmpty)
        {
            return null;
        }

        var merged = Path.Combine(outputFolder, BatchRunner.ReportFileName);
        if (!File.Exists(merged))
        {
            return $"{outputFolder} holds {shardReports.Length} shard run reports but no merged report: run 'pipeline merge {outputFolder} --corpus <input>' first.";
        }

        var (report, error) = await ShardReports.ReadAsync(merged, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return error;
        }

        if (report.Merge is null)
        {
            return $"{merged} is one run's report, not the merge of the {shardReports.Length} shard reports beside it: run 'pipeline merge {outputFolder} --corpus <input>' first.";
        }

        return report.Merge.Problems.IsEmpty
            ? null
            : $"the shards do not add up ({report.Merge.Problems.Length} problems in {merged}, first: {report.Merge.Problems[0].Message}); convert what is missing and merge again.";
    }
}

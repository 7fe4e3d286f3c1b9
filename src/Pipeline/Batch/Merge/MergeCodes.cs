namespace Pipeline.Batch.Merge;

/// <summary>Codes of the problems <see cref="ShardMerger"/> reports.</summary>
internal static class MergeCodes
{
    public const string NoReports = "merge.no-reports";
    public const string UnreadableReport = "merge.unreadable-report";
    public const string ShardCountsDiffer = "merge.shard-counts-differ";
    public const string ShardMissing = "merge.shard-missing";
    public const string ShardTwice = "merge.shard-twice";
    public const string DocumentTwice = "merge.document-twice";
    public const string WrongShard = "merge.wrong-shard";
    public const string DocumentMissing = "merge.document-missing";
    public const string NotInCorpus = "merge.not-in-corpus";
}

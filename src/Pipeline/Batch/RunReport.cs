using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Pipeline.Batch;

/// <summary>The machine-readable account of a run (<c>run-report.json</c>): totals, then one entry per document.</summary>
internal sealed record RunReport(
    string PipelineVersion,
    string Shard,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    long ElapsedMilliseconds,
    int ExitCode,
    RunTotals Totals,
    ImmutableArray<DocumentOutcome> Documents)
{
    /// <summary>Set on a report merged from shards' reports (<c>pipeline merge</c>); absent from a run's own report.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Merge.MergeInfo? Merge { get; init; }
}

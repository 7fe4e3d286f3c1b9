using System.Collections.Immutable;

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
    ImmutableArray<DocumentOutcome> Documents);

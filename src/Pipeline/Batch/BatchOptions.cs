using System.Collections.Immutable;

namespace Pipeline.Batch;

/// <summary>What a batch run converts, where to, and how.</summary>
internal sealed record BatchOptions
{
    /// <summary>Document folders and corpus folders (every subfolder a document).</summary>
    public required ImmutableArray<string> Inputs { get; init; }

    public required string OutputFolder { get; init; }

    public ShardSpec Shard { get; init; } = ShardSpec.All;

    /// <summary>Convert every document even when its inputs have not changed.</summary>
    public bool Force { get; init; }

    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// The conversion settings that change the output (e.g. OCR on or off), as text: part of each document's
    /// fingerprint, so changing them redoes the documents.
    /// </summary>
    public string Settings { get; init; } = "";

    /// <summary>Where to write the run report; by default <c>run-report.json</c> in the output folder.</summary>
    public string? ReportPath { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;
}

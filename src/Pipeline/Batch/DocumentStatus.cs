namespace Pipeline.Batch;

/// <summary>What happened to a document in a batch run.</summary>
internal enum DocumentStatus
{
    /// <summary>Converted and written.</summary>
    Converted,

    /// <summary>Inputs and pipeline unchanged since the output was written; nothing done.</summary>
    Skipped,

    /// <summary>No output written; the diagnostics say why.</summary>
    Failed,
}

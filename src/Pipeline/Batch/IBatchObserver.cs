namespace Pipeline.Batch;

/// <summary>Follows a run as it goes (progress bar, log lines). Called from worker threads: must be thread-safe.</summary>
internal interface IBatchObserver
{
    /// <summary>The run is about to convert <paramref name="documents"/> documents.</summary>
    void Started(int documents);

    /// <summary>A document is done, whatever its status.</summary>
    void Completed(DocumentOutcome outcome);
}

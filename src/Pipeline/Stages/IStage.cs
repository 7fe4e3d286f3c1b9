using Pipeline.Model;

namespace Pipeline.Stages;

/// <summary>
/// One pass over the document model. A stage never throws for bad input: it reports a diagnostic
/// and returns the best document it can.
/// </summary>
public interface IStage
{
    /// <summary>Short name shown in diagnostics and reports.</summary>
    string Name { get; }

    ValueTask<Document> RunAsync(Document document, StageContext context, CancellationToken cancellationToken);
}

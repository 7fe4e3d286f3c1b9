using Pipeline.Diagnostics;
using Pipeline.Model;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Structures the citations: each footnote reference becomes a <see cref="Reference"/> whose parts are
/// wrapped in <see cref="BibField"/>s, bibliography entries get their parts, ibid and short forms
/// resolve to the work cited earlier, every reference is linked to its bibliography entry when the
/// match is confident, and "See Appendix N" / "see note N" become cross-references.
/// </summary>
public sealed class CitationStage : IStage
{
    /// <inheritdoc />
    public string Name => "citations";

    /// <inheritdoc />
    public ValueTask<Document> RunAsync(Document document, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Structure(document, context.Diagnostics).Document);
    }

    /// <summary>
    /// Runs the stage and returns the report with the document, for callers (the batch run report)
    /// that want the numbers as data rather than as diagnostics.
    /// </summary>
    public static CitationOutcome Structure(Document document, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return CitationStructurer.Structure(document, diagnostics);
    }

    /// <summary>
    /// The citation report of a document this stage has already structured (as a conversion returns
    /// it), for the batch run report: the same numbers and reasons the stage reported.
    /// </summary>
    public static CitationReport Summarize(Document structured)
    {
        ArgumentNullException.ThrowIfNull(structured);
        return CitationSummary.Summarize(structured);
    }
}

using System.Collections.Immutable;
using Pipeline.Diagnostics;

namespace Pipeline.Batch;

/// <summary>One document's line in the run report: status, footnotes, diagnostics and time taken.</summary>
internal sealed record DocumentOutcome(string Id, DocumentStatus Status, int Notes, long Milliseconds, ImmutableArray<Diagnostic> Diagnostics)
{
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
}

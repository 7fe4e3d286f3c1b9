using System.Collections.Immutable;
using Pipeline.Diagnostics;
using Pipeline.Links.Report;

namespace Pipeline.Links;

/// <summary>The results of a link check over some documents, and what went wrong reading them.</summary>
public sealed record LinkCheckReport(ImmutableArray<LinkResult> Results, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Every link is ok or redirected.</summary>
    public bool AllFine => Results.All(r => r.Status.IsFine());

    /// <summary>A document could not be read.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

using System.Collections.Immutable;

namespace Pipeline.Batch;

/// <summary>The sums the closing summary table shows.</summary>
internal sealed record RunTotals(int Documents, int Converted, int Skipped, int Failed, int Notes, int Warnings, int Errors)
{
    public static RunTotals Of(ImmutableArray<DocumentOutcome> outcomes) => new(
        outcomes.Length,
        outcomes.Count(o => o.Status == DocumentStatus.Converted),
        outcomes.Count(o => o.Status == DocumentStatus.Skipped),
        outcomes.Count(o => o.Status == DocumentStatus.Failed),
        outcomes.Sum(o => o.Notes),
        outcomes.Sum(o => o.Warnings),
        outcomes.Sum(o => o.Errors));
}

using System.Collections.Immutable;
using Pipeline.Diagnostics;

namespace Pipeline.Batch;

/// <summary>
/// What the incremental manifest remembers of a converted document: the fingerprint of its inputs and the
/// output files written (path relative to the output folder, and length), so a deleted or truncated output
/// is redone even when the inputs did not change. <see cref="Notes"/> keeps the footnote count for the
/// summary of a run that skips the document, and <see cref="Diagnostics"/> its warnings, so an unchanged
/// document still reports them (absent in journals written before they were kept).
/// </summary>
internal sealed record ManifestEntry(string Id, string Fingerprint, int Notes, ImmutableArray<ManifestOutput> Outputs, ImmutableArray<Diagnostic> Diagnostics = default)
{
    /// <summary>The diagnostics kept, empty when none were recorded.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = Diagnostics.IsDefault ? [] : Diagnostics;
}

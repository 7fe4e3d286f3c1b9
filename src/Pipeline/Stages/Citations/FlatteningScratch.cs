using System.Collections.Immutable;

namespace Pipeline.Stages.Citations;

/// <summary>
/// The builders one document's flattenings collect italics and links in: every note paragraph and
/// entry is flattened, and each reuses them (cleared) instead of growing builders of its own.
/// </summary>
internal sealed class FlatteningScratch
{
    public ImmutableArray<TextRange>.Builder Italics { get; } = ImmutableArray.CreateBuilder<TextRange>();

    public ImmutableArray<FlatLink>.Builder Links { get; } = ImmutableArray.CreateBuilder<FlatLink>();
}

using System.Collections.Immutable;

namespace Pipeline.Archive.BagIt;

/// <summary>What <c>bag-info.txt</c> says about the bag besides its size.</summary>
/// <param name="SourceOrganization">The organisation transferring the content; empty to leave it to <see cref="Fields"/>.</param>
/// <param name="ExternalDescription">A sentence saying what the bag holds; empty to leave it to <see cref="Fields"/>.</param>
/// <param name="BaggingDate">The day the bag was written.</param>
/// <param name="PipelineVersion">The pipeline version that produced the payload.</param>
internal sealed record BagInfo(string SourceOrganization, string ExternalDescription, DateOnly BaggingDate, string PipelineVersion)
{
    /// <summary>Further fields in the order they are written: RFC 8493's reserved ones and the user's own (<see cref="BagInfoFields"/>).</summary>
    public ImmutableArray<KeyValuePair<string, string>> Fields { get; init; } = [];
}

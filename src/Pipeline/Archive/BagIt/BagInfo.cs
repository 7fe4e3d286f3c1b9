namespace Pipeline.Archive.BagIt;

/// <summary>What <c>bag-info.txt</c> says about the bag besides its size.</summary>
/// <param name="SourceOrganization">The organisation transferring the content.</param>
/// <param name="ExternalDescription">A sentence saying what the bag holds.</param>
/// <param name="BaggingDate">The day the bag was written.</param>
/// <param name="PipelineVersion">The pipeline version that produced the payload.</param>
internal sealed record BagInfo(string SourceOrganization, string ExternalDescription, DateOnly BaggingDate, string PipelineVersion);

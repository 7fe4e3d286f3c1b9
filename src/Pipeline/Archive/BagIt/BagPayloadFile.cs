namespace Pipeline.Archive.BagIt;

/// <summary>One file going into the bag: where it is now and its path under <c>data/</c> (forward slashes).</summary>
internal sealed record BagPayloadFile(string SourcePath, string PayloadPath);

namespace Pipeline.Batch;

/// <summary>One output file of a document: path relative to the output folder (forward slashes) and its length.</summary>
internal sealed record ManifestOutput(string Path, long Length);

namespace Pipeline.Links.Collect;

/// <summary>A URL as the checker keys it, or why it cannot be checked.</summary>
internal readonly record struct NormalizedUrl(string Key, LinkStatus? Problem);

namespace Pipeline.Links.Archive;

/// <summary>An Internet Archive snapshot: its URL and when it was taken (ISO 8601 UTC).</summary>
public sealed record ArchiveSnapshot(string Url, string? TakenAt);

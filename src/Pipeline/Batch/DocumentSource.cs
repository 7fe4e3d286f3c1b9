namespace Pipeline.Batch;

/// <summary>
/// A document the batch found: its id (the folder name) and its folder. <see cref="Problem"/> says why it
/// cannot be converted (not a folder, unreadable, no document.md), so it is reported, not silently dropped.
/// </summary>
internal sealed record DocumentSource(string Id, string Folder, DocumentProblem? Problem = null);

namespace Pipeline.Batch;

/// <summary>
/// A document the batch found: its id (the folder name, or a text file's name without extension) and
/// its path (the folder, or the text file). <see cref="Problem"/> says why it cannot be converted (not a
/// folder, unreadable, no document.md, a symbolic link), so it is reported, not silently dropped.
/// </summary>
internal sealed record DocumentSource(string Id, string Path, DocumentProblem? Problem = null)
{
    /// <summary>True when the document is a folder (document.md and its images), false for a lone text file.</summary>
    public bool IsFolder => Directory.Exists(Path);
}

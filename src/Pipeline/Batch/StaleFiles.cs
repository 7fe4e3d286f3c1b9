using Pipeline.IO;

namespace Pipeline.Batch;

/// <summary>
/// Removes the temporary files a killed run left for one document (<c>&lt;id&gt;.xml.*.tmp</c> beside the
/// TEI, <c>*.tmp</c> in its image folder) just before the document is converted again. Only that
/// document's: shards sharing an output folder may be writing their own temporary files at the same time.
/// Names are compared as text, never used as a pattern, and the image folder must lie inside the output
/// folder and be no link, so no id can reach another document's files or anything outside.
/// </summary>
internal static class StaleFiles
{
    public static void RemoveTemporaries(string outputFolder, string documentId)
    {
        if (DocumentIds.Problem(documentId) is not null)
        {
            return;
        }

        var root = Path.GetFullPath(outputFolder);
        foreach (var file in Directory.EnumerateFiles(root))
        {
            var name = Path.GetFileName(file);
            if (IsTemporaryOf(name, documentId + ".xml.") || IsTemporaryOf(name, "." + documentId + ".xml."))
            {
                Delete(file);
            }
        }

        var images = Path.GetFullPath(Path.Combine(root, documentId));
        if (DocumentIds.IsInside(root, images) && Directory.Exists(images) && new DirectoryInfo(images).LinkTarget is null)
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
            foreach (var file in Directory.EnumerateFiles(images, "*", options))
            {
                if (file.EndsWith(AtomicFile.TemporarySuffix, StringComparison.Ordinal))
                {
                    Delete(file);
                }
            }
        }
    }

    private static bool IsTemporaryOf(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(AtomicFile.TemporarySuffix, StringComparison.Ordinal)
        && name.Length > prefix.Length + AtomicFile.TemporarySuffix.Length;

    private static void Delete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
            // Left in place it is still recognised as temporary and never taken for output.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}

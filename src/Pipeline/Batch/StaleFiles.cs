using Pipeline.IO;

namespace Pipeline.Batch;

/// <summary>
/// Removes the temporary files a killed run left for one document (<c>&lt;id&gt;.xml.*.tmp</c> beside the
/// TEI, <c>*.tmp</c> in its image folder) just before the document is converted again. Only that
/// document's: shards sharing an output folder may be writing their own temporary files at the same time.
/// </summary>
internal static class StaleFiles
{
    public static void RemoveTemporaries(string outputFolder, string documentId)
    {
        DeleteMatching(outputFolder, $"{documentId}.xml.*{AtomicFile.TemporarySuffix}", SearchOption.TopDirectoryOnly);
        DeleteMatching(outputFolder, $".{documentId}.xml.*{AtomicFile.TemporarySuffix}", SearchOption.TopDirectoryOnly);
        var images = Path.Combine(outputFolder, documentId);
        if (Directory.Exists(images))
        {
            DeleteMatching(images, $"*{AtomicFile.TemporarySuffix}", SearchOption.AllDirectories);
        }
    }

    private static void DeleteMatching(string folder, string pattern, SearchOption depth)
    {
        foreach (var file in Directory.EnumerateFiles(folder, pattern, depth))
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
}

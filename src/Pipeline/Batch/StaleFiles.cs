using System.Collections.Frozen;
using Pipeline.IO;

namespace Pipeline.Batch;

/// <summary>
/// Removes the temporary files a killed run left for one document (<c>&lt;id&gt;.xml.*.tmp</c> beside the
/// TEI, <c>*.tmp</c> in its image folder) just before the document is converted again. Only that
/// document's: shards sharing an output folder may be writing their own temporary files at the same time.
/// Names are compared as text, never used as a pattern, and the image folder must lie inside the output
/// folder and be no link, so no id can reach another document's files or anything outside.
/// The output folder's top is listed once per run (<see cref="Scan"/>): listing it per document made a
/// batch quadratic in its size. A document's own temporaries are made only while it is converted, after
/// its removal, so what the run started with is all there is to remove.
/// </summary>
internal sealed class StaleFiles
{
    private readonly string _root;
    private readonly FrozenSet<string> _temporaries;

    private StaleFiles(string root, FrozenSet<string> temporaries)
    {
        _root = root;
        _temporaries = temporaries;
    }

    /// <summary>The temporary files at the top of <paramref name="outputFolder"/> when the run starts.</summary>
    public static StaleFiles Scan(string outputFolder)
    {
        var root = Path.GetFullPath(outputFolder);
        var names = Directory.Exists(root)
            ? Directory.EnumerateFiles(root).Select(Path.GetFileName).OfType<string>()
                .Where(n => n.EndsWith(AtomicFile.TemporarySuffix, StringComparison.Ordinal))
            : [];
        return new StaleFiles(root, names.ToFrozenSet(StringComparer.Ordinal));
    }

    public void RemoveTemporaries(string documentId)
    {
        if (DocumentIds.Problem(documentId) is not null)
        {
            return;
        }

        foreach (var name in _temporaries)
        {
            if (IsTemporaryOf(name, documentId + ".xml.") || IsTemporaryOf(name, "." + documentId + ".xml."))
            {
                Delete(Path.Combine(_root, name));
            }
        }

        var images = Path.GetFullPath(Path.Combine(_root, documentId));
        if (DocumentIds.IsInside(_root, images) && Directory.Exists(images) && new DirectoryInfo(images).LinkTarget is null)
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

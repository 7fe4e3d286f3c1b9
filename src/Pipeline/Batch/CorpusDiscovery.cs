using System.Collections.Immutable;

using Pipeline.Reading;

namespace Pipeline.Batch;

/// <summary>
/// Turns the paths a user gives into documents. A path is a document folder (it holds one of
/// <see cref="DocumentFiles.Names"/>), a corpus folder, whose visible subfolders holding one are documents, or a
/// lone PDF or text file. A subfolder that cannot be read or is a symbolic link is still listed, with the reason,
/// so the run report names it; so is a corpus folder holding no document at all.
/// </summary>
internal static class CorpusDiscovery
{
    /// <summary>The input every document folder holds, as messages name it.</summary>
    public static readonly string DocumentFileName = string.Join(", ", DocumentFiles.Names.SkipLast(1)) + " or " + DocumentFiles.Names[^1];

    /// <summary>Extensions of a lone file accepted as a document when named on the command line.</summary>
    private static readonly string[] TextExtensions = [".pdf", ".md", ".txt", ".markdown"];

    /// <summary>The documents found, sorted by id; <c>Errors</c> lists paths that do not exist at all.</summary>
    public static (ImmutableArray<DocumentSource> Documents, ImmutableArray<string> Errors) Discover(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var documents = new List<DocumentSource>();
        var errors = ImmutableArray.CreateBuilder<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full) && DocumentFiles.IsDocumentName(Path.GetFileName(full)))
            {
                documents.Add(Inspect(Path.GetDirectoryName(full)!, named: true));
            }
            else if (File.Exists(full) && TextExtensions.Contains(Path.GetExtension(full), StringComparer.OrdinalIgnoreCase))
            {
                // A lone PDF or text named on the command line: a document named after the file.
                documents.Add(new DocumentSource(Path.GetFileNameWithoutExtension(full), full));
            }
            else if (File.Exists(full))
            {
                documents.Add(new DocumentSource(IdOf(full), full,
                    new DocumentProblem(BatchCodes.NotAFolder, $"'{path}' is a file, not a document folder holding {DocumentFileName} (nor a .pdf, .md or .txt file).")));
            }
            else if (!Directory.Exists(full))
            {
                errors.Add($"'{path}' does not exist.");
            }
            else if (IsDocumentFolder(full))
            {
                documents.Add(Inspect(full, named: true));
            }
            else
            {
                AddCorpus(full, path, documents, errors);
            }
        }

        return (MarkDuplicates(documents), errors.ToImmutable());
    }

    private static void AddCorpus(string corpus, string shown, List<DocumentSource> documents, ImmutableArray<string>.Builder errors)
    {
        string[] entries;
        try
        {
            entries = Directory.GetDirectories(corpus);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            errors.Add($"'{shown}' cannot be read: {e.Message}");
            return;
        }

        var before = documents.Count;
        foreach (var folder in entries.Where(f => !Path.GetFileName(f).StartsWith('.')).Order(StringComparer.Ordinal))
        {
            // A readable subfolder without a document file (shared images, notes) is not a document; one that
            // cannot be read, or is a link, might be, so it is listed with its problem rather than dropped.
            var document = Inspect(folder, named: false);
            if (document.Problem?.Code != BatchCodes.NoDocument)
            {
                documents.Add(document);
            }
        }

        if (documents.Count == before)
        {
            documents.Add(new DocumentSource(IdOf(corpus), corpus, new DocumentProblem(BatchCodes.NoDocument,
                $"'{shown}' holds no {DocumentFileName}, neither itself nor in its subfolders.")));
        }
    }

    /// <summary>
    /// Checks a document folder can be read, holds the document and holds no symbolic link, before any
    /// work is spent on it. A folder the user named is trusted even when it is itself a link; a folder
    /// found inside a corpus is not.
    /// </summary>
    private static DocumentSource Inspect(string folder, bool named)
    {
        var id = IdOf(folder);
        if (!named && IsSymbolicLink(folder))
        {
            return new DocumentSource(id, folder, new DocumentProblem(BatchCodes.SymbolicLink,
                $"the document folder is a symbolic link (to '{new DirectoryInfo(folder).LinkTarget}'); refused so that a corpus cannot pull in files from elsewhere."));
        }

        try
        {
            // Listing the folder is what fails when it is not readable (EACCES).
            var hasDocument = false;
            var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options))
            {
                if (entry.LinkTarget is { } target)
                {
                    var relative = Path.GetRelativePath(folder, entry.FullName);
                    return new DocumentSource(id, folder, new DocumentProblem(BatchCodes.SymbolicLink,
                        $"'{relative}' is a symbolic link (to '{target}'); refused so that a document cannot pull in files from outside its folder."));
                }

                hasDocument |= DocumentFiles.IsDocumentName(Path.GetRelativePath(folder, entry.FullName));
            }

            if (!hasDocument)
            {
                return new DocumentSource(id, folder, new DocumentProblem(BatchCodes.NoDocument,
                    $"the folder holds no {DocumentFileName}."));
            }
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return new DocumentSource(id, folder, new DocumentProblem(BatchCodes.Unreadable,
                $"the document folder cannot be read: {e.Message}"));
        }

        return new DocumentSource(id, folder);
    }

    private static ImmutableArray<DocumentSource> MarkDuplicates(List<DocumentSource> documents)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<DocumentSource>(documents.Count);
        foreach (var document in documents.OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Path, StringComparer.Ordinal))
        {
            if (!seen.Add(document.Id))
            {
                // Two folders with one name would write the same output file.
                if (string.Equals(result.First(d => d.Id == document.Id).Path, document.Path, StringComparison.Ordinal))
                {
                    continue;
                }

                result.Add(document with
                {
                    Problem = new DocumentProblem(BatchCodes.DuplicateId,
                        $"another document is also named '{document.Id}' ({document.Path}); ids must be unique because they name the output."),
                });
                continue;
            }

            result.Add(document);
        }

        return result.ToImmutable();
    }

    private static bool IsDocumentFolder(string folder) => DocumentFiles.Find(folder) is not null;

    private static bool IsSymbolicLink(string path) => new DirectoryInfo(path).LinkTarget is not null;

    private static string IdOf(string path) => Path.GetFileName(Path.TrimEndingDirectorySeparator(path));
}

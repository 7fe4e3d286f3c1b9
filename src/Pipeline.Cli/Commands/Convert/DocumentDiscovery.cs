namespace Pipeline.Cli.Commands.Convert;

/// <summary>
/// Expands the command's inputs into documents: a folder holding document.md is one document, a
/// folder of such folders is a corpus (its documents in ordinal name order), a file is one document.
/// </summary>
internal static class DocumentDiscovery
{
    public const string DocumentFileName = "document.md";

    /// <summary>The document paths, and for each input that holds no document, a message saying so.</summary>
    public static (List<string> Documents, List<string> Problems) Expand(IEnumerable<string> inputs)
    {
        var documents = new List<string>();
        var problems = new List<string>();
        foreach (var input in inputs)
        {
            if (!Directory.Exists(input) || File.Exists(Path.Combine(input, DocumentFileName)))
            {
                // A file, a document folder, or a path that does not exist (the converter reports it).
                documents.Add(input);
                continue;
            }

            var found = Directory.EnumerateDirectories(input)
                .Where(d => File.Exists(Path.Combine(d, DocumentFileName)))
                .Order(StringComparer.Ordinal)
                .ToList();
            if (found.Count == 0)
            {
                problems.Add($"{input}: error convert.no-documents: no {DocumentFileName} in the folder or in its subfolders.");
            }

            documents.AddRange(found);
        }

        return (documents, problems);
    }
}

using Pipeline.Reading;

namespace Pipeline.Conversion;

/// <summary>
/// Where a document's input is and what it is called: a folder holding one of <see cref="DocumentFiles.Names"/>
/// is named after the folder; any other file after its own name.
/// </summary>
internal sealed record DocumentInput(string Id, string FilePath, string SourceDirectory)
{
    public static DocumentInput Resolve(string inputPath)
    {
        var full = Path.GetFullPath(inputPath);
        if (Directory.Exists(full))
        {
            var directory = Path.TrimEndingDirectorySeparator(full);
            var file = DocumentFiles.Find(directory) ?? Path.Combine(directory, DocumentFiles.Names[0]);
            return new DocumentInput(Path.GetFileName(directory), file, directory);
        }

        var folder = Path.GetDirectoryName(full) ?? full;
        var id = DocumentFiles.IsDocumentName(Path.GetFileName(full))
            ? Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))
            : Path.GetFileNameWithoutExtension(full);
        return new DocumentInput(id, full, folder);
    }
}

namespace Pipeline.Conversion;

/// <summary>
/// Where a document's text is and what it is called: a folder holding <c>document.md</c> is named
/// after the folder; any other text file after its own name.
/// </summary>
internal sealed record DocumentInput(string Id, string FilePath, string SourceDirectory)
{
    public static DocumentInput Resolve(string inputPath, string documentFileName)
    {
        var full = Path.GetFullPath(inputPath);
        if (Directory.Exists(full))
        {
            var directory = Path.TrimEndingDirectorySeparator(full);
            return new DocumentInput(Path.GetFileName(directory), Path.Combine(directory, documentFileName), directory);
        }

        var folder = Path.GetDirectoryName(full) ?? full;
        var id = string.Equals(Path.GetFileName(full), documentFileName, StringComparison.Ordinal)
            ? Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))
            : Path.GetFileNameWithoutExtension(full);
        return new DocumentInput(id, full, folder);
    }
}

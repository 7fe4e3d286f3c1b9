namespace Pipeline.Reading;

/// <summary>The names a document folder may hold its input under, in the order one is chosen when several exist.</summary>
public static class DocumentFiles
{
    public static IReadOnlyList<string> Names { get; } = ["document.pdf", "document.md", "document.txt"];

    /// <summary>The first of <see cref="Names"/> that exists in <paramref name="folder"/>, or null.</summary>
    public static string? Find(string folder) =>
        Names.Select(name => Path.Combine(folder, name)).FirstOrDefault(File.Exists);

    public static bool IsDocumentName(string fileName) => Names.Contains(fileName, StringComparer.Ordinal);
}

using System.Globalization;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>A temporary corpus of copies of one document folder, deleted on dispose.</summary>
internal sealed class BenchCorpus : IDisposable
{
    private BenchCorpus(string root, IReadOnlyList<string> documents)
    {
        Root = root;
        Documents = documents;
    }

    public string Root { get; }

    /// <summary>The copies' folders, <c>seed-0001</c> …</summary>
    public IReadOnlyList<string> Documents { get; }

    public static BenchCorpus Create(string seedFolder, int copies)
    {
        var root = Path.Combine(Path.GetTempPath(), "pipeline-bench-" + Guid.NewGuid().ToString("N"));
        var input = Path.Combine(root, "input");
        var files = Directory.GetFiles(seedFolder);
        var documents = new List<string>(copies);
        for (var i = 1; i <= copies; i++)
        {
            var folder = Path.Combine(input, "seed-" + i.ToString("D4", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            foreach (var file in files)
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            documents.Add(folder);
        }

        return new BenchCorpus(root, documents);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left under the temp folder; harmless.
        }
    }
}

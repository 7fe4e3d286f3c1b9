namespace Pipeline.Tests.Support;

/// <summary>Finds the repository's seed essay from a test's working directory.</summary>
public static class SeedFiles
{
    /// <summary>The repository root: the nearest ancestor folder holding Pipeline.sln.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pipeline.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Pipeline.sln not found above the test folder");
        }
    }

    /// <summary>The folder of the seed essay (input/seed-essay).</summary>
    public static string SeedDirectory => Path.Combine(RepositoryRoot, "input", "seed-essay");

    /// <summary>The seed essay's scraped text, exactly as stored.</summary>
    public static string SeedText => File.ReadAllText(Path.Combine(SeedDirectory, "document.md"));
}

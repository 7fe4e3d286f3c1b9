namespace Pipeline.Tests.Batch;

/// <summary>Where the repository's inputs are, found from the test binary's folder.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The seed essay's folder: document.md and its appendix images.</summary>
    public static string Seed => Path.Combine(Root, "input", "seed-essay");

    /// <summary>The built command-line program, copied beside the tests by the project reference.</summary>
    public static string CliAssembly => Path.Combine(AppContext.BaseDirectory, "pipeline.dll");

    /// <summary>Copies the seed essay's folder to <paramref name="folder"/> (created).</summary>
    public static void CopySeedTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(Seed))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
    }
}

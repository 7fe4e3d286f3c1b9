namespace Pipeline.Writing.Html;

/// <summary>The page's CSS and script, embedded in the assembly and inlined into every page.</summary>
internal static class PageAssets
{
    public static string Style { get; } = Load("page.css");

    public static string Script { get; } = Load("page.js");

    private static string Load(string name)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream("Pipeline.Writing.Html." + name)
            ?? throw new InvalidOperationException($"The page asset {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

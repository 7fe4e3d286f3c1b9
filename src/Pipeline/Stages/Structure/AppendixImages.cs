namespace Pipeline.Stages.Structure;

/// <summary>Finds the scan of an appendix in the document folder: appendix-N.jpg, .jpeg, .png, .tif or .tiff.</summary>
internal sealed class AppendixImages
{
    private static readonly string[] Extensions = [".jpg", ".jpeg", ".png", ".tif", ".tiff"];
    private readonly Dictionary<string, string> _files;

    private AppendixImages(Dictionary<string, string> files) => _files = files;

    /// <summary>Lists the folder once; a missing or unreadable folder yields no images and a reason.</summary>
    public static (AppendixImages Images, string? Problem) In(string directory)
    {
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(directory) || !Directory.Exists(directory))
        {
            return (new AppendixImages(files), null);
        }

        try
        {
            foreach (var path in Directory.EnumerateFiles(directory))
            {
                var name = Path.GetFileName(path);
                files.TryAdd(name, name);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (new AppendixImages(files), exception.Message);
        }

        return (new AppendixImages(files), null);
    }

    /// <summary>The file name (relative to the folder) of appendix <paramref name="label"/>'s image, or null.</summary>
    public string? For(string label)
    {
        foreach (var extension in Extensions)
        {
            if (_files.TryGetValue($"appendix-{label}{extension}", out var name))
            {
                return name;
            }
        }

        return null;
    }
}

using System.IO.Enumeration;

namespace Pipeline.Stages.Structure;

/// <summary>Finds the scan of an appendix in the document folder: appendix-N.jpg, .jpeg, .png, .tif or .tiff.</summary>
internal sealed class AppendixImages
{
    private const string Prefix = "appendix-";
    private static readonly string[] Extensions = [".jpg", ".jpeg", ".png", ".tif", ".tiff"];

    /// <summary>What <see cref="Directory.EnumerateFiles(string)"/> uses: inaccessible entries are errors, no attribute skipped.</summary>
    private static readonly EnumerationOptions ListingOptions = new() { IgnoreInaccessible = false, AttributesToSkip = 0 };
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
            // Only appendix images are ever looked up: other names are skipped before a string is made of them.
            var names = new FileSystemEnumerable<string>(directory, static (ref FileSystemEntry entry) => entry.FileName.ToString(), ListingOptions)
            {
                ShouldIncludePredicate = static (ref FileSystemEntry entry) =>
                    !entry.IsDirectory && entry.FileName.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase),
            };
            foreach (var name in names)
            {
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
            if (_files.TryGetValue($"{Prefix}{label}{extension}", out var name))
            {
                return name;
            }
        }

        return null;
    }
}

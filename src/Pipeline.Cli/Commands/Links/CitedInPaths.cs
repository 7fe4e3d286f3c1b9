using Pipeline.Links.Report;

namespace Pipeline.Cli.Commands.Links;

/// <summary>
/// "Cited in" as a path relative to the input it was found under (the folder given, or the folder of the
/// file given), so reports, and the bags that archive them, never carry this machine's absolute paths.
/// </summary>
internal static class CitedInPaths
{
    public static LinkResult Relative(LinkResult result, IReadOnlyList<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result with { CitedIn = [.. result.CitedIn.Select(c => c with { Document = Relative(c.Document, inputs) })] };
    }

    public static string Relative(string document, IReadOnlyList<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (!Path.IsPathRooted(document) || !File.Exists(document))
        {
            return document;
        }

        var full = Path.GetFullPath(document);
        foreach (var input in inputs)
        {
            var root = Path.GetFullPath(input);
            if (Directory.Exists(root) && full.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return Path.GetRelativePath(root, full).Replace(Path.DirectorySeparatorChar, '/');
            }
        }

        return Path.GetFileName(full);
    }
}

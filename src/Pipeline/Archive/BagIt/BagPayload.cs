using System.Collections.Immutable;
using Pipeline.IO;

namespace Pipeline.Archive.BagIt;

/// <summary>
/// Chooses what of a conversion's output folder is archived: the TEI files (<c>&lt;id&gt;.xml</c>), the
/// folder of images beside each (<c>&lt;id&gt;/…</c>) and the link report. Hidden files (the batch's own
/// state), temporary files of an interrupted run, the run report and anything else are left out and
/// listed, so the user sees what the bag does not hold.
/// </summary>
internal sealed record BagPayload(ImmutableArray<BagPayloadFile> Files, ImmutableArray<string> Excluded)
{
    /// <summary>Top-level names (without extension) that mark a link report.</summary>
    private static readonly ImmutableArray<string> LinkReportStems = ["links", "link-report", "linkreport", "link-check"];

    /// <param name="outputFolder">The conversion's output folder.</param>
    /// <param name="extraFiles">Files from elsewhere to archive at the top of <c>data/</c> (a link report written outside the output).</param>
    public static BagPayload Select(string outputFolder, IEnumerable<string>? extraFiles = null)
    {
        var root = Path.GetFullPath(outputFolder);
        var files = ImmutableArray.CreateBuilder<BagPayloadFile>();
        var excluded = ImmutableArray.CreateBuilder<string>();
        var teiStems = new HashSet<string>(StringComparer.Ordinal);

        foreach (var file in Directory.EnumerateFiles(root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (IsHidden(name) || AtomicFile.IsTemporary(name) || IsSymbolicLink(file))
            {
                excluded.Add(name);
            }
            else if (IsLinkReport(name))
            {
                files.Add(new BagPayloadFile(file, name));
            }
            else if (name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                files.Add(new BagPayloadFile(file, name));
                teiStems.Add(Path.GetFileNameWithoutExtension(name));
            }
            else
            {
                excluded.Add(name);
            }
        }

        foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            if (!teiStems.Contains(name) || IsHidden(name) || IsSymbolicLink(folder))
            {
                excluded.Add(name + "/");
                continue;
            }

            AddFolder(root, folder, files, excluded);
        }

        foreach (var extra in extraFiles ?? [])
        {
            var name = Path.GetFileName(extra);
            if (!files.Any(f => f.PayloadPath == name))
            {
                files.Add(new BagPayloadFile(Path.GetFullPath(extra), name));
            }
        }

        return new BagPayload(files.ToImmutable(), excluded.ToImmutable());
    }

    private static void AddFolder(string root, string folder, ImmutableArray<BagPayloadFile>.Builder files, ImmutableArray<string>.Builder excluded)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };
        foreach (var file in Directory.EnumerateFiles(folder, "*", options).Order(StringComparer.Ordinal))
        {
            var relative = Relative(root, file);
            var name = Path.GetFileName(file);
            if (IsHidden(name) || AtomicFile.IsTemporary(name) || IsSymbolicLink(file))
            {
                excluded.Add(relative);
            }
            else
            {
                files.Add(new BagPayloadFile(file, relative));
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder, "*", options).Order(StringComparer.Ordinal))
        {
            if (IsHidden(Path.GetFileName(sub)) || IsSymbolicLink(sub))
            {
                excluded.Add(Relative(root, sub) + "/");
            }
            else
            {
                AddFolder(root, sub, files, excluded);
            }
        }
    }

    private static string Relative(string root, string path) =>
        Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');

    private static bool IsHidden(string name) => name.StartsWith('.');

    private static bool IsSymbolicLink(string path) => new FileInfo(path).LinkTarget is not null;

    private static bool IsLinkReport(string name)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        return LinkReportStems.Contains(stem, StringComparer.OrdinalIgnoreCase);
    }
}

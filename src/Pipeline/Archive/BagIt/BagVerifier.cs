using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.IO;

namespace Pipeline.Archive.BagIt;

/// <summary>
/// Checks a bag as RFC 8493 section 3 defines it: complete (every manifest entry present, every payload
/// file listed, the declaration and a payload manifest present) and valid (every checksum of every payload
/// and tag manifest matches). Every problem is named, not just the first.
/// </summary>
internal static partial class BagVerifier
{
    /// <exception cref="DirectoryNotFoundException">There is no folder at <paramref name="bagFolder"/>.</exception>
    public static Task<BagVerification> VerifyAsync(string bagFolder, CancellationToken cancellationToken) =>
        VerifyAsync(bagFolder, BagVerifyMode.Full, cancellationToken);

    /// <exception cref="DirectoryNotFoundException">There is no folder at <paramref name="bagFolder"/>.</exception>
    public static async Task<BagVerification> VerifyAsync(string bagFolder, BagVerifyMode mode, CancellationToken cancellationToken)
    {
        var root = Path.GetFullPath(bagFolder);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Bag folder '{bagFolder}' does not exist.");
        }

        var problems = new List<BagProblem>();
        await CheckDeclarationAsync(root, problems, cancellationToken).ConfigureAwait(false);
        if (File.Exists(Path.Combine(root, BagLayout.FetchFile)))
        {
            problems.Add(new BagProblem(BagProblemKind.Unsupported, BagLayout.FetchFile, "the bag names files to fetch; only complete bags are verified"));
        }

        var payloadFiles = ListPayload(root, problems);
        var checkedPayload = 0;
        var checkedTags = 0;
        if (mode != BagVerifyMode.Fast)
        {
            var readChecksums = mode == BagVerifyMode.Full;
            var payloadManifests = await ReadManifestsAsync(root, "manifest", problems, cancellationToken).ConfigureAwait(false);
            if (payloadManifests.Count == 0)
            {
                problems.Add(new BagProblem(BagProblemKind.Missing, "manifest-sha256.txt", "a bag needs at least one payload manifest"));
            }

            foreach (var manifest in payloadManifests)
            {
                checkedPayload += await CheckEntriesAsync(root, manifest, readChecksums, problems, cancellationToken).ConfigureAwait(false);
                foreach (var entry in manifest.Entries.Keys.Where(p => !p.StartsWith(BagLayout.PayloadFolder + "/", StringComparison.Ordinal)))
                {
                    problems.Add(new BagProblem(BagProblemKind.Malformed, manifest.FileName, $"'{entry}' is not under data/"));
                }

                foreach (var file in payloadFiles.Where(f => !manifest.Entries.ContainsKey(f)))
                {
                    problems.Add(new BagProblem(BagProblemKind.Extra, file, $"not listed in {manifest.FileName}"));
                }
            }

            foreach (var manifest in await ReadManifestsAsync(root, "tagmanifest", problems, cancellationToken).ConfigureAwait(false))
            {
                checkedTags += await CheckEntriesAsync(root, manifest, readChecksums, problems, cancellationToken).ConfigureAwait(false);
            }
        }

        var oxum = await CheckOxumAsync(root, payloadFiles, required: mode == BagVerifyMode.Fast, problems, cancellationToken).ConfigureAwait(false);
        var ordered = problems
            .Distinct()
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .ThenBy(p => p.Kind)
            .ThenBy(p => p.Detail, StringComparer.Ordinal)
            .ToImmutableArray();
        return new BagVerification(ordered, checkedPayload, checkedTags) { Mode = mode, PayloadOxum = oxum };
    }

    private static async Task CheckDeclarationAsync(string root, List<BagProblem> problems, CancellationToken cancellationToken)
    {
        var path = Path.Combine(root, BagLayout.Declaration);
        if (!File.Exists(path))
        {
            problems.Add(new BagProblem(BagProblemKind.Missing, BagLayout.Declaration, "every bag starts with its declaration"));
            return;
        }

        string[] lines;
        try
        {
            lines = await BagTagFile.ReadLinesAsync(root, BagLayout.Declaration, cancellationToken).ConfigureAwait(false);
        }
        catch (InputFileException e)
        {
            problems.Add(new BagProblem(BagProblemKind.Malformed, BagLayout.Declaration, e.Message));
            return;
        }

        if (lines.Length < 2 || !VersionLine().IsMatch(lines[0]) || !EncodingLine().IsMatch(lines[1]))
        {
            problems.Add(new BagProblem(BagProblemKind.Malformed, BagLayout.Declaration,
                "expected 'BagIt-Version: M.N' then 'Tag-File-Character-Encoding: ENCODING'"));
        }
    }

    private static async Task<List<BagManifest>> ReadManifestsAsync(string root, string prefix, List<BagProblem> problems, CancellationToken cancellationToken)
    {
        var manifests = new List<BagManifest>();
        foreach (var path in Directory.EnumerateFiles(root, prefix + "-*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var algorithm = name[(prefix.Length + 1)..^4];
            if (!BagChecksum.IsSupported(algorithm))
            {
                problems.Add(new BagProblem(BagProblemKind.Unsupported, name, $"algorithm '{algorithm}' is not one of {string.Join(", ", BagChecksum.Supported)}"));
                continue;
            }

            BagManifest manifest;
            try
            {
                manifest = await BagManifest.ReadAsync(root, name, algorithm, cancellationToken).ConfigureAwait(false);
            }
            catch (InputFileException e)
            {
                problems.Add(new BagProblem(BagProblemKind.Malformed, name, e.Message));
                continue;
            }

            problems.AddRange(manifest.Problems);
            manifests.Add(manifest);
        }

        return manifests;
    }

    /// <summary>
    /// Checks each entry's file is there and a regular file; with <paramref name="readChecksums"/>, also
    /// that its checksum matches. Returns how many files were checked.
    /// </summary>
    private static async Task<int> CheckEntriesAsync(
        string root, BagManifest manifest, bool readChecksums, List<BagProblem> problems, CancellationToken cancellationToken)
    {
        var checkedFiles = 0;
        foreach (var (relative, expected) in manifest.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var full = Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
            var info = new FileInfo(full);
            if (!info.Exists)
            {
                problems.Add(new BagProblem(BagProblemKind.Missing, relative, $"listed in {manifest.FileName}"));
                continue;
            }

            if (info.LinkTarget is not null)
            {
                problems.Add(new BagProblem(BagProblemKind.Malformed, relative, "is a symbolic link; a bag holds its files"));
                continue;
            }

            if (!readChecksums)
            {
                checkedFiles++;
                continue;
            }

            string actual;
            try
            {
                // Opened as input: a folder on the way that is a link, or a pipe, is a problem, never followed or waited on.
                actual = await BagChecksum.OfFileAsync(root, full, manifest.Algorithm, cancellationToken).ConfigureAwait(false);
            }
            catch (InputFileException e)
            {
                problems.Add(new BagProblem(BagProblemKind.Malformed, relative, e.Message));
                continue;
            }

            checkedFiles++;
            if (!string.Equals(actual, expected, StringComparison.Ordinal))
            {
                problems.Add(new BagProblem(BagProblemKind.Altered, relative,
                    $"{manifest.Algorithm} in {manifest.FileName} is {expected}, the file's is {actual}"));
            }
        }

        return checkedFiles;
    }

    /// <summary>
    /// The payload's regular files, walked without following links: a link or special file inside
    /// data/ is a problem, and a linked folder is never entered, so nothing outside the bag is counted.
    /// </summary>
    private static List<string> ListPayload(string root, List<BagProblem> problems)
    {
        var data = Path.Combine(root, BagLayout.PayloadFolder);
        if (!Directory.Exists(data))
        {
            problems.Add(new BagProblem(BagProblemKind.Missing, BagLayout.PayloadFolder + "/", "every bag has a payload folder"));
            return [];
        }

        if (new DirectoryInfo(data).LinkTarget is not null)
        {
            problems.Add(new BagProblem(BagProblemKind.Malformed, BagLayout.PayloadFolder + "/", "is a symbolic link; a bag holds its files and is not followed out of itself"));
            return [];
        }

        var files = new List<string>();
        var folders = new Stack<DirectoryInfo>();
        folders.Push(new DirectoryInfo(data));
        while (folders.Count > 0)
        {
            foreach (var entry in folders.Pop().EnumerateFileSystemInfos())
            {
                var relative = Path.GetRelativePath(root, entry.FullName).Replace(Path.DirectorySeparatorChar, '/');
                if (entry.LinkTarget is not null)
                {
                    problems.Add(new BagProblem(BagProblemKind.Malformed, relative, "is a symbolic link; a bag holds its files and is not followed out of itself"));
                }
                else if (entry is DirectoryInfo folder)
                {
                    folders.Push(folder);
                }
                else
                {
                    files.Add(relative);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>
    /// Compares bag-info.txt's Payload-Oxum with the payload on disk and returns the payload's own
    /// (octets.files). An absent Payload-Oxum is a problem only when <paramref name="required"/> (a fast
    /// check has nothing else to go by).
    /// </summary>
    private static async Task<string> CheckOxumAsync(
        string root, List<string> payloadFiles, bool required, List<BagProblem> problems, CancellationToken cancellationToken)
    {
        var bytes = payloadFiles.Sum(f => new FileInfo(Path.Combine(root, f)).Length);
        var actual = string.Create(CultureInfo.InvariantCulture, $"{bytes}.{payloadFiles.Count}");
        var path = Path.Combine(root, BagLayout.BagInfo);
        if (!File.Exists(path))
        {
            if (required)
            {
                problems.Add(new BagProblem(BagProblemKind.Missing, BagLayout.BagInfo, "a fast check compares its Payload-Oxum with the payload"));
            }

            return actual;
        }

        string[] lines;
        try
        {
            lines = await BagTagFile.ReadLinesAsync(root, BagLayout.BagInfo, cancellationToken).ConfigureAwait(false);
        }
        catch (InputFileException e)
        {
            problems.Add(new BagProblem(BagProblemKind.Malformed, BagLayout.BagInfo, e.Message));
            return actual;
        }

        var oxum = lines.FirstOrDefault(l => l.StartsWith("Payload-Oxum:", StringComparison.OrdinalIgnoreCase));
        if (oxum is null)
        {
            if (required)
            {
                problems.Add(new BagProblem(BagProblemKind.Malformed, BagLayout.BagInfo, "has no Payload-Oxum, which a fast check compares with the payload"));
            }

            return actual;
        }

        var value = oxum["Payload-Oxum:".Length..].Trim();
        if (!string.Equals(value, actual, StringComparison.Ordinal))
        {
            problems.Add(new BagProblem(BagProblemKind.Altered, BagLayout.PayloadFolder + "/",
                $"Payload-Oxum in {BagLayout.BagInfo} is {value} (octets.files), the payload holds {actual}"));
        }

        return actual;
    }

    [GeneratedRegex(@"^BagIt-Version: [0-9]+\.[0-9]+$")]
    private static partial Regex VersionLine();

    [GeneratedRegex(@"^Tag-File-Character-Encoding: \S+$")]
    private static partial Regex EncodingLine();
}

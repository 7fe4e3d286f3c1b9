using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Pipeline.IO;

namespace Pipeline.Archive.BagIt;

/// <summary>
/// Writes a BagIt 1.0 bag (RFC 8493) from a conversion's output folder. The bag is assembled in a
/// hidden sibling folder and renamed into place when complete, so an interrupted run never leaves a
/// bag that looks finished. Manifests are sorted, so the same output gives the same manifests.
/// </summary>
internal static class BagWriter
{
    private const string StagingSuffix = ".partial";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <exception cref="IOException">The bag folder exists and is not empty, or the output cannot be read.</exception>
    public static Task<BagWriteResult> WriteAsync(
        string outputFolder, string bagFolder, BagInfo info, CancellationToken cancellationToken, IReadOnlyList<string>? extraFiles = null) =>
        WriteAsync(outputFolder, bagFolder, info, BagWriteOptions.Default with { ExtraPayload = extraFiles ?? [] }, cancellationToken);

    /// <exception cref="IOException">The bag folder exists and is not empty, or the output cannot be read.</exception>
    /// <exception cref="BagEmptyPayloadException">Nothing in the output folder is archivable.</exception>
    public static async Task<BagWriteResult> WriteAsync(
        string outputFolder, string bagFolder, BagInfo info, BagWriteOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(options);
        var source = Path.GetFullPath(outputFolder);
        var target = Path.GetFullPath(bagFolder);
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"Output folder '{outputFolder}' does not exist.");
        }

        if (IsInside(target, source))
        {
            throw new IOException($"The bag '{bagFolder}' cannot be written inside the folder it archives ('{outputFolder}').");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new IOException($"Bag folder '{bagFolder}' already exists and is not empty; choose another or remove it.");
        }

        CheckOptions(options);
        var payload = BagPayload.Select(source, options.ExtraPayload);
        var parent = Path.GetDirectoryName(target) ?? throw new IOException($"'{bagFolder}' has no parent folder.");
        Directory.CreateDirectory(parent);
        RemoveStaleStaging(parent, Path.GetFileName(target));
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}{StagingSuffix}");
        try
        {
            var algorithms = options.Algorithms;
            var (bytes, manifest, refused) = await CopyPayloadAsync(source, payload, staging, algorithms, cancellationToken).ConfigureAwait(false);
            if (manifest.Count == 0)
            {
                throw new BagEmptyPayloadException(
                    $"'{outputFolder}' holds nothing to archive: no TEI file (<id>.xml) and no link report{(payload.Excluded.IsEmpty ? "" : $" (left out: {string.Join(", ", payload.Excluded.Concat(refused))})")}.");
            }

            var keptAsTags = options.TagFiles.Where(f => IsInside(Path.GetFullPath(f), source)).Select(f => Relative(source, f)).ToHashSet(StringComparer.Ordinal);
            var excluded = payload.Excluded.AddRange(refused).RemoveAll(keptAsTags.Contains);
            var result = new BagWriteResult(target, bytes, manifest.Count, excluded);
            var tags = new SortedDictionary<string, ImmutableDictionary<string, string>>(StringComparer.Ordinal);
            tags[BagLayout.Declaration] = await WriteTagAsync(staging, BagLayout.Declaration, BagLayout.DeclarationText, algorithms, cancellationToken).ConfigureAwait(false);
            tags[BagLayout.BagInfo] = await WriteTagAsync(staging, BagLayout.BagInfo, BagInfoText(info, result), algorithms, cancellationToken).ConfigureAwait(false);
            foreach (var algorithm in algorithms)
            {
                tags[BagLayout.PayloadManifestFor(algorithm)] = await WriteTagAsync(
                    staging, BagLayout.PayloadManifestFor(algorithm), ManifestText(manifest, algorithm), algorithms, cancellationToken).ConfigureAwait(false);
            }

            foreach (var file in options.TagFiles)
            {
                tags[Path.GetFileName(file)] = await CopyTagFileAsync(file, staging, algorithms, cancellationToken).ConfigureAwait(false);
            }

            foreach (var algorithm in algorithms)
            {
                await WriteTagAsync(staging, BagLayout.TagManifestFor(algorithm), ManifestText(tags, algorithm), algorithms, cancellationToken).ConfigureAwait(false);
            }

            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }

            Directory.Move(staging, target);
            return result;
        }
        catch
        {
            TryDeleteFolder(staging);
            throw;
        }
    }

    private static void CheckOptions(BagWriteOptions options)
    {
        if (options.Algorithms.IsDefaultOrEmpty || options.Algorithms.Any(a => !BagChecksum.IsSupported(a)))
        {
            throw new ArgumentException($"Manifest algorithms must be some of {string.Join(", ", BagChecksum.Supported)}.", nameof(options));
        }

        foreach (var extra in options.ExtraPayload.Concat(options.TagFiles))
        {
            if (!File.Exists(extra))
            {
                throw new FileNotFoundException($"'{extra}' does not exist.", extra);
            }
        }

        foreach (var name in options.TagFiles.Select(Path.GetFileName))
        {
            if (BagLayout.IsReservedName(name!))
            {
                throw new IOException($"'{name}' cannot be kept as a tag file: the bag's own file of that name is written by the tool.");
            }
        }
    }

    private static async Task<(long Bytes, SortedDictionary<string, ImmutableDictionary<string, string>> Manifest, List<string> Refused)> CopyPayloadAsync(
        string source, BagPayload payload, string staging, ImmutableArray<string> algorithms, CancellationToken cancellationToken)
    {
        var manifest = new SortedDictionary<string, ImmutableDictionary<string, string>>(StringComparer.Ordinal);
        var refused = new List<string>();
        long bytes = 0;
        foreach (var file in payload.Files)
        {
            var bagPath = BagLayout.PayloadFolder + "/" + file.PayloadPath;
            var destination = Path.Combine(staging, bagPath.Replace('/', Path.DirectorySeparatorChar));
            FileStream input;
            try
            {
                // Opened now, as input: a pipe is left out instead of hanging the archive, a link (even one made since the listing) is not followed.
                input = IsInside(file.SourcePath, source) ? InputFile.OpenRead(source, file.SourcePath) : InputFile.OpenNamed(file.SourcePath);
            }
            catch (InputFileException)
            {
                refused.Add(file.PayloadPath);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            await using (input.ConfigureAwait(false))
            {
                var (sums, length) = await CopyToNewFileAsync(input, destination, algorithms, cancellationToken).ConfigureAwait(false);
                manifest[bagPath] = sums;
                bytes += length;
            }
        }

        // RFC 8493 requires the payload folder even when the payload is empty.
        Directory.CreateDirectory(Path.Combine(staging, BagLayout.PayloadFolder));
        return (bytes, manifest, refused);
    }

    private static async Task<ImmutableDictionary<string, string>> CopyTagFileAsync(
        string file, string staging, ImmutableArray<string> algorithms, CancellationToken cancellationToken)
    {
        var input = InputFile.OpenNamed(file);
        await using (input.ConfigureAwait(false))
        {
            var destination = Path.Combine(staging, Path.GetFileName(file));
            return (await CopyToNewFileAsync(input, destination, algorithms, cancellationToken).ConfigureAwait(false)).Sums;
        }
    }

    private static async Task<(ImmutableDictionary<string, string> Sums, long Length)> CopyToNewFileAsync(
        Stream input, string destination, ImmutableArray<string> algorithms, CancellationToken cancellationToken)
    {
        var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0, FileOptions.Asynchronous);
        await using (output.ConfigureAwait(false))
        {
            return await BagChecksum.CopyAsync(input, output, algorithms, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<ImmutableDictionary<string, string>> WriteTagAsync(
        string staging, string name, string text, ImmutableArray<string> algorithms, CancellationToken cancellationToken)
    {
        var bytes = Utf8.GetBytes(text);
        await File.WriteAllBytesAsync(Path.Combine(staging, name), bytes, cancellationToken).ConfigureAwait(false);
        return BagChecksum.Of(bytes, algorithms);
    }

    private static string BagInfoText(BagInfo info, BagWriteResult result)
    {
        var builder = new StringBuilder();
        if (info.SourceOrganization.Trim().Length > 0)
        {
            AppendTag(builder, BagInfoFields.SourceOrganization, info.SourceOrganization);
        }

        if (info.ExternalDescription.Trim().Length > 0)
        {
            AppendTag(builder, BagInfoFields.ExternalDescription, info.ExternalDescription);
        }

        foreach (var (label, value) in info.Fields)
        {
            AppendTag(builder, label, value);
        }

        AppendTag(builder, "Bagging-Date", info.BaggingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        AppendTag(builder, "Payload-Oxum", result.PayloadOxum);
        AppendTag(builder, "Bag-Software-Agent", "pipeline " + info.PipelineVersion);
        AppendTag(builder, "Pipeline-Version", info.PipelineVersion);
        return builder.ToString();
    }

    private static void AppendTag(StringBuilder builder, string label, string value)
    {
        // A tag value is one line; line breaks a user typed become spaces rather than broken labels.
        var oneLine = value.ReplaceLineEndings(" ").Trim();
        builder.Append(label).Append(": ").Append(oneLine).Append('\n');
    }

    private static string ManifestText(SortedDictionary<string, ImmutableDictionary<string, string>> entries, string algorithm)
    {
        var builder = new StringBuilder();
        foreach (var (path, sums) in entries)
        {
            builder.Append(sums[algorithm]).Append("  ").Append(BagPath.Encode(path)).Append('\n');
        }

        return builder.ToString();
    }

    private static string Relative(string root, string path) =>
        Path.GetRelativePath(root, Path.GetFullPath(path)).Replace(Path.DirectorySeparatorChar, '/');

    private static bool IsInside(string candidate, string folder)
    {
        var relative = Path.GetRelativePath(folder, candidate);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }

    /// <summary>
    /// Removes the staging folders a killed run left for this bag (<c>.&lt;bag&gt;.&lt;random&gt;.partial</c>
    /// beside it); names are compared as text and a link is never entered.
    /// </summary>
    private static void RemoveStaleStaging(string parent, string bagName)
    {
        var prefix = "." + bagName + ".";
        foreach (var folder in Directory.EnumerateDirectories(parent))
        {
            var name = Path.GetFileName(folder);
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(StagingSuffix, StringComparison.Ordinal)
                && name.Length > prefix.Length + StagingSuffix.Length && new DirectoryInfo(folder).LinkTarget is null)
            {
                TryDeleteFolder(folder);
            }
        }
    }

    private static void TryDeleteFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Keep the original failure; the hidden '.partial' folder is recognisable and harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}

using System.Globalization;
using System.Text;
using Pipeline.Batch;
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
    public static async Task<BagWriteResult> WriteAsync(
        string outputFolder, string bagFolder, BagInfo info, CancellationToken cancellationToken, IReadOnlyList<string>? extraFiles = null)
    {
        ArgumentNullException.ThrowIfNull(info);
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

        foreach (var extra in extraFiles ?? [])
        {
            if (!File.Exists(extra))
            {
                throw new FileNotFoundException($"'{extra}' does not exist.", extra);
            }
        }

        var payload = BagPayload.Select(source, extraFiles);
        var parent = Path.GetDirectoryName(target) ?? throw new IOException($"'{bagFolder}' has no parent folder.");
        Directory.CreateDirectory(parent);
        RemoveStaleStaging(parent, Path.GetFileName(target));
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}{StagingSuffix}");
        try
        {
            var (bytes, manifest, refused) = await CopyPayloadAsync(source, payload, staging, cancellationToken).ConfigureAwait(false);
            var result = new BagWriteResult(target, bytes, manifest.Count, payload.Excluded.AddRange(refused));
            var tags = new SortedDictionary<string, string>(StringComparer.Ordinal);
            tags[BagLayout.Declaration] = await WriteTagAsync(staging, BagLayout.Declaration, BagLayout.DeclarationText, cancellationToken).ConfigureAwait(false);
            tags[BagLayout.BagInfo] = await WriteTagAsync(staging, BagLayout.BagInfo, BagInfoText(info, result), cancellationToken).ConfigureAwait(false);
            tags[BagLayout.PayloadManifest] = await WriteTagAsync(staging, BagLayout.PayloadManifest, ManifestText(manifest), cancellationToken).ConfigureAwait(false);
            await WriteTagAsync(staging, BagLayout.TagManifest, ManifestText(tags), cancellationToken).ConfigureAwait(false);

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

    private static async Task<(long Bytes, SortedDictionary<string, string> Manifest, List<string> Refused)> CopyPayloadAsync(
        string source, BagPayload payload, string staging, CancellationToken cancellationToken)
    {
        var manifest = new SortedDictionary<string, string>(StringComparer.Ordinal);
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
                var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0, FileOptions.Asynchronous);
                await using (output.ConfigureAwait(false))
                {
                    var (sha256, length) = await ContentHash.CopyAsync(input, output, cancellationToken).ConfigureAwait(false);
                    manifest[bagPath] = sha256;
                    bytes += length;
                }
            }
        }

        // RFC 8493 requires the payload folder even when the payload is empty.
        Directory.CreateDirectory(Path.Combine(staging, BagLayout.PayloadFolder));
        return (bytes, manifest, refused);
    }

    private static async Task<string> WriteTagAsync(string staging, string name, string text, CancellationToken cancellationToken)
    {
        var bytes = Utf8.GetBytes(text);
        await File.WriteAllBytesAsync(Path.Combine(staging, name), bytes, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
    }

    private static string BagInfoText(BagInfo info, BagWriteResult result)
    {
        var builder = new StringBuilder();
        AppendTag(builder, "Source-Organization", info.SourceOrganization);
        AppendTag(builder, "Bagging-Date", info.BaggingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        AppendTag(builder, "Payload-Oxum", result.PayloadOxum);
        AppendTag(builder, "External-Description", info.ExternalDescription);
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

    private static string ManifestText(SortedDictionary<string, string> entries)
    {
        var builder = new StringBuilder();
        foreach (var (path, sha256) in entries)
        {
            builder.Append(sha256).Append("  ").Append(BagPath.Encode(path)).Append('\n');
        }

        return builder.ToString();
    }

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

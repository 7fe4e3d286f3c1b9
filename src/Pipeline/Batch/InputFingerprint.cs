using System.Security.Cryptography;
using System.Text;
using Pipeline.IO;

namespace Pipeline.Batch;

/// <summary>
/// One SHA-256 over everything a document's output depends on: the content of every file in its folder
/// (by relative path, so a renamed image counts), the pipeline build and the conversion settings. Equal
/// fingerprints mean the output would come out the same, so the batch may skip the document.
/// </summary>
internal static class InputFingerprint
{
    /// <param name="path">A document folder (every file in it counts) or a lone text file.</param>
    /// <param name="pipelineBuild">The pipeline build that converts.</param>
    /// <param name="settings">The conversion settings, as text.</param>
    /// <param name="cancellationToken">Stops the hashing.</param>
    public static async Task<string> ComputeAsync(string path, string pipelineBuild, string settings, CancellationToken cancellationToken)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*", options)
                .Select(f => (Relative: Path.GetRelativePath(path, f).Replace(Path.DirectorySeparatorChar, '/'), Full: f))
                .OrderBy(f => f.Relative, StringComparer.Ordinal)
                .ToList()
            : [(Path.GetFileName(path), path)];

        var text = new StringBuilder();
        text.Append("pipeline\0").Append(pipelineBuild).Append('\n');
        text.Append("settings\0").Append(settings).Append('\n');
        foreach (var (relative, full) in files)
        {
            // Opened as input is: a pipe or device is refused at once (it would hang the hash), a link not followed.
            var stream = Directory.Exists(path) ? InputFile.OpenRead(path, full) : InputFile.OpenNamed(full);
            string hash;
            await using (stream.ConfigureAwait(false))
            {
                hash = await ContentHash.OfStreamAsync(stream, cancellationToken).ConfigureAwait(false);
            }

            text.Append(relative).Append('\0').Append(hash).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

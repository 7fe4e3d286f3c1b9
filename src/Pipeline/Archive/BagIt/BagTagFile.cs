using System.Text;
using Pipeline.IO;

namespace Pipeline.Archive.BagIt;

/// <summary>
/// Reads a bag's tag files (declaration, bag-info, manifests) as input: a regular file of the bag
/// itself, no link and no pipe, and no larger than input may be.
/// </summary>
internal static class BagTagFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <exception cref="InputFileException">The tag file is a link, a special file or too large.</exception>
    public static async Task<string[]> ReadLinesAsync(string bagFolder, string fileName, CancellationToken cancellationToken)
    {
        var bytes = await InputFile.ReadAllBytesAsync(bagFolder, Path.Combine(bagFolder, fileName), InputLimits.Default.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        var text = Utf8.GetString(bytes);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var lines = text.Split('\n');
        var count = lines.Length > 0 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        return [.. lines.Take(count).Select(l => l.TrimEnd('\r'))];
    }
}

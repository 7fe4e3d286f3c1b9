using System.Security.Cryptography;

namespace Pipeline.Batch;

/// <summary>SHA-256 of files and streams, read in bounded chunks so large inputs never load whole.</summary>
internal static class ContentHash
{
    private const int BufferSize = 81920;

    /// <summary>Lower-case hex SHA-256 of a file's bytes.</summary>
    public static async Task<string> OfFileAsync(string path, CancellationToken cancellationToken)
    {
        var stream = OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            return await OfStreamAsync(stream, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Lower-case hex SHA-256 of a stream from its current position to its end.</summary>
    public static async Task<string> OfStreamAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Opens a file for sequential asynchronous reading.</summary>
    public static FileStream OpenRead(string path) =>
        new(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.Read,
            BufferSize = 0,
            Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
        });
}

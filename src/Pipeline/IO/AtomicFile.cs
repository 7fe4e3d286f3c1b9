namespace Pipeline.IO;

/// <summary>
/// Writes a file so that readers see either the old content or the whole new content: the bytes go to
/// a hidden temporary file in the same folder, are flushed to disk, and the file is renamed into place.
/// A run killed mid-write leaves only a temporary file, which <see cref="IsTemporary"/> recognises.
/// </summary>
internal static class AtomicFile
{
    /// <summary>The suffix every temporary file carries.</summary>
    public const string TemporarySuffix = ".tmp";

    /// <summary>Writes the file through <paramref name="write"/> and renames it into place.</summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' has no folder.", nameof(path));
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            var stream = new FileStream(temporary, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.None,
                Options = FileOptions.Asynchronous,
            });
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Writes <paramref name="bytes"/> atomically.</summary>
    public static Task WriteAsync(string path, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken) =>
        WriteAsync(path, (stream, ct) => stream.WriteAsync(bytes, ct).AsTask(), cancellationToken);

    /// <summary>True for a temporary file left by an interrupted write: its name ends in <c>.tmp</c>.</summary>
    public static bool IsTemporary(string fileName) =>
        fileName.EndsWith(TemporarySuffix, StringComparison.OrdinalIgnoreCase);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The original failure matters more; a stray temporary file is recognised by its name.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}

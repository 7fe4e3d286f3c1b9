namespace Pipeline.IO;

/// <summary>
/// Writes a file so that readers see either the old content or the whole new content: the bytes go to
/// a hidden temporary file in the same folder, are flushed to disk, and the file is renamed into place.
/// A run killed mid-write leaves only a temporary file, which <see cref="IsTemporary"/> recognises.
/// A batch writes its documents without the flush (the rename alone is what keeps a killed run from
/// leaving half a file) and puts them on disk together once all are written.
/// </summary>
internal static class AtomicFile
{
    /// <summary>The suffix every temporary file carries.</summary>
    public const string TemporarySuffix = ".tmp";

    /// <summary>Writes the file through <paramref name="write"/>, flushes it to disk and renames it into place.</summary>
    public static Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken) =>
        WriteAsync(path, write, flushToDisk: true, cancellationToken);

    /// <summary>
    /// Writes the file through <paramref name="write"/> and renames it into place; without
    /// <paramref name="flushToDisk"/> the caller puts it on disk later (<see cref="FlushToDisk"/>, or one
    /// flush of the whole file system).
    /// </summary>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, bool flushToDisk, CancellationToken cancellationToken)
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
                if (flushToDisk)
                {
                    stream.Flush(flushToDisk: true);
                }
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

    /// <summary>Puts a file written without the flush on disk (fsync).</summary>
    public static void FlushToDisk(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, 1);
        stream.Flush(flushToDisk: true);
    }

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

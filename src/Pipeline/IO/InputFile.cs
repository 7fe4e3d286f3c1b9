using Pipeline.Native.Posix;

namespace Pipeline.IO;

/// <summary>
/// Opens input at the time of use so that nothing outside its folder is read: the file must be a
/// regular file (a named pipe would hang the read, a device never end) reached from its root through
/// no symbolic link, and the check is made on the opened descriptor, so a file swapped for a link
/// during a long run is refused, not followed.
/// </summary>
public static class InputFile
{
    /// <summary>Opens <paramref name="path"/>, which must lie inside <paramref name="root"/>, for reading.</summary>
    /// <exception cref="InputFileException">It is outside the root, a link or reached through one, or no regular file.</exception>
    public static FileStream OpenRead(string root, string path)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var rootFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var relative = Path.GetRelativePath(rootFull, full);
        if (relative == "." || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            throw new InputFileException(path, $"it lies outside {root}");
        }

        return Open(full, followLink: false, rootFull, relative);
    }

    /// <summary>
    /// Opens a file the user named: the name itself may be a link (the user chose it), but it must
    /// still lead to a regular file.
    /// </summary>
    public static FileStream OpenNamed(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Open(Path.GetFullPath(path), followLink: true, null, null);
    }

    /// <summary>Reads a whole file opened by <see cref="OpenRead"/> (or, with no root, <see cref="OpenNamed"/>), refusing one larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]> ReadAllBytesAsync(string? root, string path, long maxBytes, CancellationToken cancellationToken)
    {
        var stream = root is null ? OpenNamed(path) : OpenRead(root, path);
        await using (stream.ConfigureAwait(false))
        {
            var length = stream.Length;
            if (length > maxBytes)
            {
                throw new InputFileException(path, $"it is {length / (1024 * 1024)} MB, more than the {maxBytes / (1024 * 1024)} MB a document may be");
            }

            var bytes = new byte[length];
            await stream.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
            return bytes;
        }
    }

    private static FileStream Open(string full, bool followLink, string? root, string? relative)
    {
        if (!OperatingSystem.IsLinux())
        {
            return OpenPortably(full, followLink, root, relative);
        }

        var handle = NoFollowFile.Open(full, followLink, out var problem)
            ?? throw new InputFileException(full, problem ?? "it cannot be opened");
        try
        {
            if (root is not null && relative is not null)
            {
                // The descriptor's own path says where the open really led, whatever was swapped on the way.
                var opened = new FileInfo($"/proc/self/fd/{handle.DangerousGetHandle()}").LinkTarget;
                var expected = NoFollowFile.RealPath(root) is { } realRoot ? Path.Combine(realRoot, relative) : null;
                if (opened is null || !string.Equals(opened, expected, StringComparison.Ordinal))
                {
                    throw new InputFileException(full, "a folder on its way is a symbolic link");
                }
            }

            return new FileStream(handle, FileAccess.Read, bufferSize: 0);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Elsewhere the checks are made on the path just before opening it.</summary>
    private static FileStream OpenPortably(string full, bool followLink, string? root, string? relative)
    {
        var info = new FileInfo(full);
        if (!followLink && info.LinkTarget is not null)
        {
            throw new InputFileException(full, "it is a symbolic link");
        }

        if (root is not null && relative is not null)
        {
            var folder = root;
            foreach (var part in relative.Split(Path.DirectorySeparatorChar)[..^1])
            {
                folder = Path.Combine(folder, part);
                if (new DirectoryInfo(folder).LinkTarget is not null)
                {
                    throw new InputFileException(full, "a folder on its way is a symbolic link");
                }
            }
        }

        return new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
    }
}

using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Pipeline.Native.Posix;

/// <summary>
/// Opens a file for reading the way input must be opened: the last component may not be a link, a FIFO
/// never blocks the open, and the type is checked on the open descriptor, so what is read is what was
/// checked even if the path is swapped in between.
/// </summary>
internal static class NoFollowFile
{
    /// <summary>
    /// The opened regular file, or null with <paramref name="problem"/> saying why not (a link, a pipe,
    /// a device, a folder, or the system's reason). <paramref name="followLink"/> lets the last component
    /// be a link (a file the user named on the command line).
    /// </summary>
    public static unsafe SafeFileHandle? Open(string path, bool followLink, out string? problem)
    {
        var flags = PosixNative.ReadOnly | PosixNative.NonBlock | PosixNative.CloseOnExec | (followLink ? 0 : PosixNative.NoFollow);
        var fd = PosixNative.Open(path, flags);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            problem = errno == PosixNative.TooManyLinks
                ? "it is a symbolic link"
                : Marshal.GetPInvokeErrorMessage(errno);
            return null;
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);
        var buffer = stackalloc byte[PosixNative.StatxSize];
        if (PosixNative.Statx(fd, string.Empty, PosixNative.EmptyPath, PosixNative.TypeAndMode, buffer) != 0)
        {
            problem = Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError());
            handle.Dispose();
            return null;
        }

        var type = *(ushort*)(buffer + PosixNative.StatxModeOffset) & PosixNative.FileTypeMask;
        problem = type switch
        {
            PosixNative.RegularFile => null,
            PosixNative.Directory => "it is a folder, not a file",
            PosixNative.Fifo => "it is a named pipe, not a regular file",
            PosixNative.Socket => "it is a socket, not a regular file",
            PosixNative.CharacterDevice or PosixNative.BlockDevice => "it is a device, not a regular file",
            _ => "it is not a regular file",
        };
        if (problem is not null)
        {
            handle.Dispose();
            return null;
        }

        return handle;
    }

    /// <summary>The canonical path of <paramref name="path"/>, every link resolved, or null when it cannot be resolved.</summary>
    public static string? RealPath(string path)
    {
        var resolved = PosixNative.RealPath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            PosixNative.Free(resolved);
        }
    }
}

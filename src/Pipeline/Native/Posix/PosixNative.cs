using System.Runtime.InteropServices;

namespace Pipeline.Native.Posix;

/// <summary>
/// The C library calls that open a file without following a link or blocking on a pipe, and tell
/// what an open descriptor is: what <see cref="FileStream"/> cannot, since it follows links and blocks
/// in open(2) on a FIFO until a writer comes.
/// </summary>
internal static partial class PosixNative
{
    public const int ReadOnly = 0;
    public const int NonBlock = 0x800;
    public const int CloseOnExec = 0x80000;

    /// <summary>errno when the last component is a symbolic link and <see cref="NoFollow"/> was given.</summary>
    public const int TooManyLinks = 40;

    /// <summary>statx: the path is empty and the descriptor is the file itself.</summary>
    public const int EmptyPath = 0x1000;

    /// <summary>statx: ask for the file type and mode.</summary>
    public const uint TypeAndMode = 0x3;

    public const int FileTypeMask = 0xF000;
    public const int RegularFile = 0x8000;
    public const int Directory = 0x4000;
    public const int Fifo = 0x1000;
    public const int Socket = 0xC000;
    public const int CharacterDevice = 0x2000;
    public const int BlockDevice = 0x6000;

    /// <summary>Where <c>stx_mode</c> lies in <c>struct statx</c>, the same on every Linux architecture.</summary>
    public const int StatxModeOffset = 28;

    /// <summary>The size of <c>struct statx</c>.</summary>
    public const int StatxSize = 256;

    static PosixNative() => NativeLibraryResolver.EnsureInstalled();

    /// <summary>O_NOFOLLOW, whose value differs between architectures (the generic one on ARM).</summary>
    public static int NoFollow => RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm
        ? 0x8000
        : 0x20000;

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static unsafe partial int Statx(int directory, string path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    public static partial IntPtr RealPath(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    public static partial void Free(IntPtr pointer);
}

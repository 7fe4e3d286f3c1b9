using System.Runtime.InteropServices;

namespace Pipeline.Native.Posix;

/// <summary>
/// CPU seconds (user and system) of this process's child processes that have ended and been
/// waited for (getrusage RUSAGE_CHILDREN): what a benchmark compares when a loaded machine makes
/// wall time say more about the neighbours than about the program.
/// </summary>
internal static partial class ChildProcessTime
{
    private const int Children = -1;

    /// <summary>struct rusage: two timevals then fourteen longs, on every 64-bit Linux.</summary>
    private const int UsageSize = 144;

    /// <summary>The total so far; null where getrusage is not available (not Linux, 32-bit).</summary>
    public static unsafe double? TotalSeconds()
    {
        if (!OperatingSystem.IsLinux() || IntPtr.Size != 8)
        {
            return null;
        }

        var usage = stackalloc long[UsageSize / sizeof(long)];
        if (GetResourceUsage(Children, usage) != 0)
        {
            return null;
        }

        // ru_utime {tv_sec, tv_usec}, ru_stime {tv_sec, tv_usec}.
        return usage[0] + (usage[1] / 1e6) + usage[2] + (usage[3] / 1e6);
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static unsafe partial int GetResourceUsage(int who, long* usage);
}

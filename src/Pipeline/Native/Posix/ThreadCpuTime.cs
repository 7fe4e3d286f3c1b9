using System.Runtime.InteropServices;

namespace Pipeline.Native.Posix;

/// <summary>
/// CPU seconds the calling thread has used (clock_gettime CLOCK_THREAD_CPUTIME_ID): a phase timed by
/// it on a loaded machine is not charged for the neighbours' time slices, as wall time is.
/// </summary>
internal static partial class ThreadCpuTime
{
    private const int ThreadClock = 3;

    /// <summary>The calling thread's CPU time so far; null where the clock is not available.</summary>
    public static unsafe double? Seconds()
    {
        if (!OperatingSystem.IsLinux() || IntPtr.Size != 8)
        {
            return null;
        }

        // struct timespec {tv_sec, tv_nsec}, two longs on 64-bit Linux.
        var time = stackalloc long[2];
        return GetTime(ThreadClock, time) == 0 ? time[0] + (time[1] / 1e9) : null;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static unsafe partial int GetTime(int clock, long* time);
}

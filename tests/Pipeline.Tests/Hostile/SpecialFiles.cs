using System.Diagnostics;

namespace Pipeline.Tests.Hostile;

/// <summary>Makes the special files a hostile corpus holds, with the system's own tool.</summary>
internal static class SpecialFiles
{
    /// <summary>True where named pipes can be made (not on Windows).</summary>
    public static bool CanMakeFifo => !OperatingSystem.IsWindows() && File.Exists("/usr/bin/mkfifo");

    public static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}

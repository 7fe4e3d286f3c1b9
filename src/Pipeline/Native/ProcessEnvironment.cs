using System.Runtime.InteropServices;

namespace Pipeline.Native;

/// <summary>
/// The C library's environment, which native code reads with getenv. .NET keeps its own copy on
/// Unix, so <see cref="Environment.SetEnvironmentVariable(string, string)"/> does not reach it.
/// </summary>
internal static partial class ProcessEnvironment
{
    static ProcessEnvironment() => NativeLibraryResolver.EnsureInstalled();

    /// <summary>Sets a variable in the native environment unless the user already set it.</summary>
    public static void SetIfUnset(string name, string value)
    {
        if (!OperatingSystem.IsWindows())
        {
            _ = setenv(name, value, 0);
        }
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int setenv(string name, string value, int overwrite);
}

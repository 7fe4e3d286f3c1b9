using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.InteropServices;

namespace Pipeline.Native;

/// <summary>
/// Maps the logical library names used in this assembly's P/Invoke declarations to the sonames a
/// Linux distribution installs. .NET allows one DllImport resolver per assembly, so every native
/// binding registers its names in the one table below instead of installing its own resolver.
/// </summary>
internal static class NativeLibraryResolver
{
    private static readonly ImmutableDictionary<string, ImmutableArray<string>> Sonames = BuildTable();

    /// <summary>Installs the resolver for this assembly; runs once, before any binding is called.</summary>
    static NativeLibraryResolver() =>
        NativeLibrary.SetDllImportResolver(typeof(NativeLibraryResolver).Assembly, Resolve);

    /// <summary>
    /// Makes sure the resolver is installed. Every binding calls this before its first P/Invoke;
    /// the work happens once, in the static constructor.
    /// </summary>
    public static void EnsureInstalled()
    {
        // Touching the type runs the static constructor exactly once.
    }

    /// <summary>The sonames tried, in order, for a logical library name (empty when unknown).</summary>
    public static ImmutableArray<string> CandidatesFor(string logicalName) =>
        Sonames.TryGetValue(logicalName, out var names) ? names : [];

    private static ImmutableDictionary<string, ImmutableArray<string>> BuildTable()
    {
        var table = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        Register(table, Hunspell.HunspellNative.Library, "libhunspell-1.7.so.0", "libhunspell-1.7.so", "libhunspell");
        Register(table, Tesseract.TesseractNative.Library, "libtesseract.so.5", "libtesseract.so", "libtesseract");
        Register(table, Leptonica.LeptonicaNative.Library, "liblept.so.5", "libleptonica.so.6", "libleptonica.so", "liblept.so");
        Register(table, "libc", "libc.so.6", "libc.so");
        return table.ToImmutable();
    }

    /// <summary>Adds the sonames of one logical library, most specific first.</summary>
    private static void Register(
        ImmutableDictionary<string, ImmutableArray<string>>.Builder table,
        string logicalName,
        params string[] sonames) =>
        table[logicalName] = [.. sonames];

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        foreach (var soname in CandidatesFor(libraryName))
        {
            if (NativeLibrary.TryLoad(soname, assembly, searchPath, out var handle))
            {
                return handle;
            }
        }

        // Unknown name or nothing found: let the runtime's default probing decide.
        return IntPtr.Zero;
    }
}

using System.Runtime.InteropServices;

namespace Pipeline.Native.Hunspell;

/// <summary>The three libhunspell C entry points the word list needs.</summary>
internal static partial class HunspellNative
{
    /// <summary>Logical library name, resolved to a soname by <see cref="NativeLibraryResolver"/>.</summary>
    public const string Library = "hunspell";

    [LibraryImport(Library, EntryPoint = "Hunspell_create", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial HunspellHandle Create(string affixPath, string dictionaryPath);

    /// <returns>Non-zero when the word is spelled correctly.</returns>
    [LibraryImport(Library, EntryPoint = "Hunspell_spell", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int Spell(HunspellHandle handle, string word);

    [LibraryImport(Library, EntryPoint = "Hunspell_destroy")]
    internal static partial void Destroy(IntPtr handle);
}

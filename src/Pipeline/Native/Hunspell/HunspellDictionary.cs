namespace Pipeline.Native.Hunspell;

/// <summary>
/// One Hunspell dictionary (an .aff/.dic pair). Hunspell is not thread-safe, so every call goes
/// through a lock; a dictionary may be shared by stages running documents in parallel.
/// </summary>
internal sealed class HunspellDictionary : IDisposable
{
    private readonly HunspellHandle _handle;
    private readonly Lock _gate = new();

    private HunspellDictionary(string language, HunspellHandle handle)
    {
        Language = language;
        _handle = handle;
    }

    /// <summary>The language tag the files were named after, e.g. <c>en_GB</c>.</summary>
    public string Language { get; }

    /// <summary>
    /// Opens <c>{folder}/{language}.aff</c> and <c>.dic</c>. Returns null and a reason when the files
    /// or the native library are missing, so a caller can fall back instead of failing.
    /// </summary>
    public static HunspellDictionary? TryOpen(string folder, string language, out string? problem)
    {
        var aff = Path.Combine(folder, language + ".aff");
        var dic = Path.Combine(folder, language + ".dic");
        if (!File.Exists(aff) || !File.Exists(dic))
        {
            problem = $"Hunspell dictionary {language} not found in {folder}.";
            return null;
        }

        NativeLibraryResolver.EnsureInstalled();
        try
        {
            var handle = HunspellNative.Create(aff, dic);
            if (handle.IsInvalid)
            {
                handle.Dispose();
                problem = $"Hunspell could not load {dic}.";
                return null;
            }

            problem = null;
            return new HunspellDictionary(language, handle);
        }
        catch (DllNotFoundException e)
        {
            problem = $"The Hunspell library could not be loaded ({e.Message}).";
            return null;
        }
        catch (EntryPointNotFoundException e)
        {
            problem = $"The Hunspell library lacks an expected function ({e.Message}).";
            return null;
        }
    }

    /// <summary>True when Hunspell accepts the word (with its affix rules and case handling).</summary>
    public bool Spell(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0 || word.Contains('\0', StringComparison.Ordinal))
        {
            return false;
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_handle.IsClosed, this);
            return HunspellNative.Spell(_handle, word) != 0;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _handle.Dispose();
        }
    }
}

using System.Collections.Immutable;
using Pipeline.Native.Hunspell;

namespace Pipeline.Stages.Dehyphenation;

/// <summary>
/// A word list backed by one or more Hunspell dictionaries (e.g. en_GB then en_US): a word is known
/// when any of them accepts it. Thread-safe; dispose to free the native dictionaries.
/// </summary>
public sealed class HunspellWordList : IWordList, IDisposable
{
    private readonly ImmutableArray<HunspellDictionary> _dictionaries;

    private HunspellWordList(ImmutableArray<HunspellDictionary> dictionaries) => _dictionaries = dictionaries;

    /// <summary>The languages actually loaded, in lookup order.</summary>
    public ImmutableArray<string> Languages => [.. _dictionaries.Select(d => d.Language)];

    /// <summary>
    /// Opens every available dictionary of <paramref name="languages"/> in <paramref name="folder"/>.
    /// Returns null when none could be opened; <paramref name="problems"/> lists what was missing
    /// (also when some, but not all, loaded).
    /// </summary>
    public static HunspellWordList? TryOpen(string folder, IEnumerable<string> languages, out ImmutableArray<string> problems)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(languages);
        var opened = ImmutableArray.CreateBuilder<HunspellDictionary>();
        var missing = ImmutableArray.CreateBuilder<string>();
        foreach (var language in languages)
        {
            var dictionary = HunspellDictionary.TryOpen(folder, language, out var problem);
            if (dictionary is null)
            {
                missing.Add(problem ?? $"Hunspell dictionary {language} could not be opened.");
            }
            else
            {
                opened.Add(dictionary);
            }
        }

        problems = missing.ToImmutable();
        return opened.Count == 0 ? null : new HunspellWordList(opened.ToImmutable());
    }

    /// <summary>Opens the dictionaries named by the options.</summary>
    public static HunspellWordList? TryOpen(DehyphenationOptions options, out ImmutableArray<string> problems)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TryOpen(options.DictionaryDirectory, options.Languages, out problems);
    }

    /// <inheritdoc />
    public bool Contains(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var dictionary in _dictionaries)
        {
            if (dictionary.Spell(word))
            {
                return true;
            }
        }

        return false;
    }

    public void Dispose()
    {
        foreach (var dictionary in _dictionaries)
        {
            dictionary.Dispose();
        }
    }
}

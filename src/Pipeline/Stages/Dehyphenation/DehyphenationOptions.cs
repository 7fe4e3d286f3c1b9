using System.Collections.Immutable;

namespace Pipeline.Stages.Dehyphenation;

/// <summary>Where the de-hyphenation word list comes from.</summary>
public sealed record DehyphenationOptions
{
    /// <summary>Folder holding Hunspell <c>.aff</c>/<c>.dic</c> pairs (Debian installs them here).</summary>
    public string DictionaryDirectory { get; init; } = "/usr/share/hunspell";

    /// <summary>Dictionaries consulted, in order; a word is known when any of them knows it.</summary>
    public ImmutableArray<string> Languages { get; init; } = ["en_GB", "en_US"];
}

namespace Pipeline.Stages.Dehyphenation;

/// <summary>The comparison key of a word: lower case, typographic apostrophes and hyphens unified.</summary>
internal static class WordForm
{
    public static string Key(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        Span<char> key = word.Length <= 128 ? stackalloc char[128] : new char[word.Length];
        return new string(key[..Key(word, key)]);
    }

    /// <summary>Writes the key of <paramref name="word"/> into <paramref name="key"/> (at least as long) and returns its length.</summary>
    public static int Key(ReadOnlySpan<char> word, Span<char> key)
    {
        var length = 0;
        foreach (var c in word)
        {
            if (c == HyphenChars.SoftHyphen)
            {
                continue;
            }

            key[length++] = c switch
            {
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                '\u2010' or '\u2011' => '-',
                _ => char.ToLowerInvariant(c),
            };
        }

        return length;
    }

    /// <summary>The hyphens a compound is split at: one array for every call, not one per word.</summary>
    private static readonly char[] Hyphens = ['-', '\u2010', '\u2011'];

    /// <summary>Splits a compound at its hyphens ("Marxist-Leninist" -> Marxist, Leninist).</summary>
    public static string[] Parts(string word) =>
        word.Split(Hyphens, StringSplitOptions.RemoveEmptyEntries);
}

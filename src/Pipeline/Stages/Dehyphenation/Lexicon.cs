namespace Pipeline.Stages.Dehyphenation;

/// <summary>
/// How often each word form occurs in a text, hyphenated compounds included: "de-Stalinisation"
/// counts as itself and as "de" and "stalinisation"; "a-b-c" also counts "a-b" and "b-c".
/// A word split by a hyphen at a line end ("char-\nacterised") is no evidence and is skipped.
/// </summary>
internal sealed class Lexicon
{
    private const int MaxParts = 6;
    // A plain dictionary: built once per document and asked only about line-end hyphens, freezing it cost more than it saved.
    private readonly Dictionary<string, int> _counts;

    private Lexicon(Dictionary<string, int> counts) => _counts = counts;

    public int Count => _counts.Count;

    /// <summary>Builds the lexicon; line ends in the texts are <c>'\n'</c>.</summary>
    public static Lexicon Build(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            AddText(text, counts);
        }

        return new Lexicon(counts);
    }

    /// <summary>Occurrences of a form, compared by <see cref="WordForm.Key"/>.</summary>
    public int Occurrences(string form) => _counts.GetValueOrDefault(WordForm.Key(form));

    private static void AddText(string text, Dictionary<string, int> counts)
    {
        var skipNext = false;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsTokenChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsTokenChar(text[i]))
            {
                i++;
            }

            var token = text[start..i];
            var continuation = skipNext;
            skipNext = HyphenChars.IsHyphen(token[^1]) && NextIsLineEnd(text, i);
            if (!continuation && !skipNext)
            {
                AddToken(token, counts);
            }
        }
    }

    private static bool IsTokenChar(char c) =>
        HyphenChars.IsWordCore(c) || HyphenChars.IsHyphen(c) || HyphenChars.IsApostrophe(c);

    private static bool NextIsLineEnd(string text, int index)
    {
        while (index < text.Length && HyphenChars.IsBlank(text[index]))
        {
            index++;
        }

        return index < text.Length && text[index] is '\n' or '\r';
    }

    private static void AddToken(string token, Dictionary<string, int> counts)
    {
        var parts = WordForm.Parts(WordForm.Key(token))
            .Select(p => p.Trim('\''))
            .Where(p => p.Length > 0)
            .ToArray();
        if (parts.Length == 0 || parts.Length > MaxParts)
        {
            return;
        }

        for (var first = 0; first < parts.Length; first++)
        {
            for (var last = first; last < parts.Length; last++)
            {
                var form = string.Join('-', parts[first..(last + 1)]);
                Increment(counts, form);
                if (form.EndsWith("'s", StringComparison.Ordinal))
                {
                    Increment(counts, form[..^2]);
                }
            }
        }
    }

    private static void Increment(Dictionary<string, int> counts, string form) =>
        counts[form] = counts.GetValueOrDefault(form) + 1;
}

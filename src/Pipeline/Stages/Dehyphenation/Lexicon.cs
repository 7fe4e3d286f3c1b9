using System.Runtime.InteropServices;

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
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var text in texts)
        {
            AddText(text, lookup);
        }

        return new Lexicon(counts);
    }

    /// <summary>Occurrences of a form, compared by <see cref="WordForm.Key(string)"/>.</summary>
    public int Occurrences(string form) => _counts.GetValueOrDefault(WordForm.Key(form));

    private static void AddText(string text, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> counts)
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

            var token = text.AsSpan(start, i - start);
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

    /// <summary>
    /// Counts the token's parts and every run of them joined by hyphens. The parts are written joined
    /// into one buffer, so each run is a span of it: a string is made only for a form not seen before
    /// (most words are), not for each occurrence.
    /// </summary>
    private static void AddToken(ReadOnlySpan<char> token, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> counts)
    {
        Span<char> key = token.Length <= 128 ? stackalloc char[128] : new char[token.Length];
        var length = WordForm.Key(token, key);
        Span<int> starts = stackalloc int[MaxParts];
        Span<int> ends = stackalloc int[MaxParts];
        var parts = 0;
        var written = 0;
        var at = 0;
        while (at <= length)
        {
            // One part: up to the next hyphen, apostrophes trimmed from both ends; empty parts are dropped.
            var next = key[at..length].IndexOf('-');
            var end = next < 0 ? length : at + next;
            var part = key[at..end].Trim('\'');
            if (part.Length > 0)
            {
                if (parts == MaxParts)
                {
                    return;
                }

                if (parts > 0)
                {
                    key[written++] = '-';
                }

                // The joined text never overtakes the text read: each part after the first had a hyphen before it.
                part.CopyTo(key[written..]);
                starts[parts] = written;
                written += part.Length;
                ends[parts++] = written;
            }

            at = end + 1;
        }

        for (var first = 0; first < parts; first++)
        {
            for (var last = first; last < parts; last++)
            {
                var form = key[starts[first]..ends[last]];
                Increment(counts, form);
                if (form.EndsWith("'s", StringComparison.Ordinal))
                {
                    Increment(counts, form[..^2]);
                }
            }
        }
    }

    private static void Increment(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> counts, ReadOnlySpan<char> form) =>
        CollectionsMarshal.GetValueRefOrAddDefault(counts, form, out _)++;
}

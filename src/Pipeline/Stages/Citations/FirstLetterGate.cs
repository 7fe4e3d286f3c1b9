using System.Buffers;
using System.Collections.Immutable;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Whether a vocabulary pattern anchored at a place can match there, judged by the letter its words
/// begin with: the parser tries many places, few begin any of the words, and running the pattern
/// costs far more than looking at one character. The answer is "maybe" whenever it cannot be sure.
/// </summary>
internal sealed class FirstLetterGate
{
    // The patterns ignore case as the regex engine does, which also folds these letters into ASCII ones.
    private const string CaseFoldedOutsideAscii = "\u017F\u0130\u0131\u212A\u212B";

    // Null when a word begins with something other than an ASCII letter, or there is no word (an
    // empty alternation matches everywhere): then every place is left to the pattern.
    private readonly SearchValues<char>? _firsts;

    public FirstLetterGate(ImmutableArray<string> words)
    {
        if (words.IsDefaultOrEmpty)
        {
            return;
        }

        var firsts = new HashSet<char>(CaseFoldedOutsideAscii);
        foreach (var word in words)
        {
            if (word.Length == 0 || !char.IsAsciiLetter(word[0]))
            {
                return;
            }

            firsts.Add(char.ToLowerInvariant(word[0]));
            firsts.Add(char.ToUpperInvariant(word[0]));
        }

        _firsts = SearchValues.Create([.. firsts]);
    }

    /// <summary>False when no word can begin at <paramref name="position"/>; true when the pattern has to decide.</summary>
    public bool MayBeginAt(string text, int position) => _firsts is null || (position < text.Length && _firsts.Contains(text[position]));

    /// <summary>False when no word can begin <paramref name="text"/>; true when the pattern has to decide.</summary>
    public bool MayBeginAt(ReadOnlySpan<char> text) => _firsts is null || (!text.IsEmpty && _firsts.Contains(text[0]));
}

using System.Buffers;
using System.Collections.Immutable;

namespace Pipeline.Stages.Citations;

/// <summary>
/// A cheap test run before a pattern built from vocabulary words is scanned over a whole note: the
/// pattern can only match where one of its words stands, so a text that holds none of them (most
/// notes hold no "ibid", "op. cit." or "entitled") is passed over without running it.
/// </summary>
internal sealed class WordGate
{
    // The pattern ignores case as the regex engine does, which also folds "ſ" into "s" and the Kelvin
    // sign into "k"; a text holding such a letter is left to the pattern.
    private static readonly SearchValues<char> CaseFoldedOutsideAscii = SearchValues.Create("\u017F\u0130\u0131\u212A\u212B");

    private readonly SearchValues<string> _words;

    /// <param name="words">The vocabulary words; a space inside one matches any white space, so only its part before the first space is looked for.</param>
    public WordGate(ImmutableArray<string> words)
    {
        var heads = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in words)
        {
            var space = word.IndexOf(' ', StringComparison.Ordinal);
            heads.Add(space < 0 ? word : word[..space]);
        }

        _words = SearchValues.Create([.. heads], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>False when no word of the vocabulary stands in the text, in any case; true when the pattern has to decide.</summary>
    public bool MayOccurIn(ReadOnlySpan<char> text) => text.IndexOfAny(_words) >= 0 || text.IndexOfAny(CaseFoldedOutsideAscii) >= 0;
}

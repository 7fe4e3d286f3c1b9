using System.Collections.Frozen;

namespace Pipeline.Tests.Support;

/// <summary>
/// Where English words of the seed may be hyphenated at a line end: a small list of real syllable
/// breaks (as dictionaries give them), and a vowel-consonant-consonant-vowel rule for other long
/// lower-case words.
/// </summary>
public static class SyllableBreaks
{
    private static readonly FrozenDictionary<string, string> Known = new[]
    {
        "char-ac-ter-ised", "Febru-ary", "his-to-ri-og-raphy", "in-ter-pre-ta-tions", "com-plex-ities",
        "So-vi-et-ol-o-gists", "dic-ta-to-rial", "con-no-ta-tions", "fun-da-men-tal", "en-com-pass-ing",
        "im-ple-men-ta-tions", "im-ple-men-ta-tion", "rap-proche-ment", "con-tem-po-rary", "re-vi-sion-ist",
        "lib-er-al-isa-tion", "com-mem-o-ra-tions", "or-gan-is-ing", "gov-ern-ment", "re-ha-bil-i-ta-tion",
        "in-tel-li-gent-sia", "ac-knowl-edge-ment", "de-ter-mi-na-tion", "re-spon-si-ble", "prop-a-ganda",
        "dis-il-lu-sion-ment", "in-fal-li-bil-ity", "in-ter-na-tional", "rec-on-cil-i-a-tion", "ac-count-able",
        "Khru-shchev", "Khru-shchev's", "Khru-shchev’s", "Stalin-isa-tion", "pro-gramme", "in-com-plete",
        "con-sol-i-date", "in-con-sis-ten-cies", "as-sas-si-na-tion", "crim-i-nal-ity", "par-tially",
        "sup-port-ers", "pub-lish-ing", "Com-mu-nist", "com-mu-nist", "in-tel-lec-tu-als", "dis-ap-point-ments",
        "leg-is-la-tion", "ap-pa-ra-tuses", "ide-ol-ogy", "ide-o-log-i-cal", "lead-er-ship", "his-tor-i-cal",
        "re-la-tions", "so-ci-ety", "So-vi-et", "in-for-ma-tion", "par-tic-u-larly", "se-quence",
        "per-pe-tra-tor", "re-forms", "re-form-ation", "pol-i-tics", "po-lit-i-cal", "eco-nomic",
        "rel-a-tively", "in-sti-tu-tions", "al-though", "col-lec-tive", "tra-di-tional", "pop-u-lar-ity",
        "sub-se-quently", "frame-work", "sym-bolic", "rep-re-sen-ta-tions", "con-ducted", "ac-cord-ing",
        "cen-sor-ship", "ac-cept-able", "re-in-forced", "ex-pres-sion", "vac-il-la-tions", "ex-ec-uted",
        "op-por-tu-nity", "con-sid-er-ation", "re-con-sid-er-ation", "ter-ri-to-rial", "de-mi-ur-gic",
    }.ToFrozenDictionary(pattern => pattern.Replace("-", string.Empty, StringComparison.Ordinal), pattern => pattern);

    /// <summary>
    /// Offsets inside <paramref name="word"/> (letters only) where a syllable hyphen may go, at
    /// least two letters from either end, in increasing order.
    /// </summary>
    public static IReadOnlyList<int> Offsets(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (Known.TryGetValue(word, out var pattern))
        {
            var offsets = new List<int>();
            var letters = 0;
            foreach (var c in pattern)
            {
                if (c == '-')
                {
                    offsets.Add(letters);
                }
                else
                {
                    letters++;
                }
            }

            return offsets.Where(offset => offset >= 2 && word.Length - offset >= 3).ToList();
        }

        if (word.Length < 9 || !word.All(char.IsLower))
        {
            return [];
        }

        return VowelConsonantRule(word);
    }

    private static List<int> VowelConsonantRule(string word)
    {
        var offsets = new List<int>();
        for (var i = 2; i + 3 < word.Length; i++)
        {
            // V C | C V: split between two consonants that sit between vowels, unless they form a digraph.
            if (IsVowel(word[i - 1]) && !IsVowel(word[i]) && !IsVowel(word[i + 1]) && IsVowel(word[i + 2])
                && !IsDigraph(word[i], word[i + 1]) && i + 1 >= 3 && word.Length - (i + 1) >= 3)
            {
                offsets.Add(i + 1);
            }
        }

        return offsets;
    }

    private static bool IsVowel(char c) => "aeiouy".Contains(c, StringComparison.Ordinal);

    private static bool IsDigraph(char a, char b) =>
        (a, b) is ('c', 'h') or ('s', 'h') or ('t', 'h') or ('p', 'h') or ('w', 'h') or ('c', 'k') or ('q', 'u');
}

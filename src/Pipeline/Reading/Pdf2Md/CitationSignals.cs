using System.Text.RegularExpressions;
using Pipeline.Language;

namespace Pipeline.Reading.Pdf2Md;

/// <summary>
/// What marks a stretch of text as a note's citation rather than body prose: an ibid or op. cit., a
/// locator word before its number ("p. 13", "vol. II"), an editor's "ed." or an imprint in brackets
/// ("(Boston, 1850)"). Built from a language's citation vocabulary; prose rarely holds any of them,
/// so text between a note's end and the body's next call-out that holds one is taken for more of the note.
/// </summary>
internal sealed class CitationSignals
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private readonly Regex _words;

    public CitationSignals(CitationVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var plain = vocabulary.Ibid.Concat(vocabulary.OpCit).Concat(vocabulary.EditedBy.Where(w => w.EndsWith('.')));
        var locators = vocabulary.Locators.Where(w => w.EndsWith('.') && w is not "ff." and not "f.");
        _words = new Regex(
            $@"(?<![\p{{L}}\p{{N}}])(?:{Alternatives(plain)}(?![\p{{L}}])|{Alternatives(locators)}\s*(?:\d|(?-i:[IVXLC]+)\b))|\([^()]*,\s*\d{{4}}\b[^()]*\)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            Timeout);
    }

    public static CitationSignals English { get; } = new(EnglishCitations.Vocabulary);

    public bool AnyIn(string text) => _words.IsMatch(text);

    /// <summary>True when <paramref name="index"/> falls inside a signal of <paramref name="text"/>: "op. cit." is no sentence end before "cit.".</summary>
    public bool Covers(string text, int index) =>
        _words.Matches(text).Any(m => m.Index < index && index < m.Index + m.Length);

    private static string Alternatives(IEnumerable<string> words) =>
        "(?:" + string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape)) + ")";
}

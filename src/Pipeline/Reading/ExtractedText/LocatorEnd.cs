using System.Collections.Frozen;
using Pipeline.Language;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// A note line that ends in a locator word ("Continental Congress Papers, No.", "vol.", "pp.") stops
/// before the number the word introduces, though its last character is a full stop: the note goes
/// on on the next line or over the page break. The words are the citation vocabulary's locators,
/// less those printed after their number ("pp. 23 ff.").
/// </summary>
internal static class LocatorEnd
{
    private static readonly FrozenSet<string> Words = EnglishCitations.Vocabulary.Locators
        .Where(w => w.EndsWith('.') && w is not "ff." and not "f.")
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool EndLine(string text)
    {
        var last = text[(text.LastIndexOf(' ') + 1)..];
        return Words.Contains(last);
    }
}

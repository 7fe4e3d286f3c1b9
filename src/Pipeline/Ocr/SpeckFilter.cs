using System.Collections.Immutable;

namespace Pipeline.Ocr;

/// <summary>
/// Drops "words" that are specks, rule ends or picture edges read as marks: no letter or digit,
/// and either made only of bar and bracket shapes ("|", "]", "\", "—~") or of a run of dashes,
/// which running text does not set alone, or recognised with low confidence. A line left without words goes too, and so does a
/// line of nothing but dashes: a printed separator, not text.
/// </summary>
internal static class SpeckFilter
{
    private const double LowConfidence = 0.5;

    public static ImmutableArray<OcrLine> Clean(IEnumerable<OcrLine> lines) =>
        [.. lines
            .Select(l => l with { Words = [.. l.Words.Where(w => !IsSpeck(w))] })
            .Where(l => !l.Words.IsEmpty && !l.Words.All(IsDashes))];

    private static bool IsDashes(OcrWord word) => word.Text.All(c => c is '-' or '\u2010' or '\u2013' or '\u2014' or '\u2015' or '_' or '~' or '=');

    public static bool IsSpeck(OcrWord word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Text.Any(char.IsLetterOrDigit))
        {
            return false;
        }

        // A dash alone is punctuation; two or more, or a dash run into a bar, are a rule's remains.
        var bars = word.Text.Count(c => c is '|' or '\\' or '/' or '[' or ']' or '{' or '}' or '_' or '~' or '¦');
        var dashes = word.Text.Count(c => c is '-' or '\u2013' or '\u2014' or '\u2015');
        return (bars > 0 && bars + dashes == word.Text.Length)
            || (dashes >= 2 && dashes == word.Text.Length)
            || word.Confidence < LowConfidence;
    }
}

using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Finds runs of personal or corporate names around a title: backwards from a title for its
/// author(s), forwards after "ed." for editors.
/// </summary>
internal static partial class NameScanner
{
    // Looked up by span, so scanning cuts no strings out of the text.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors =
        FrozenSet.Create(StringComparer.Ordinal, "and", "&", "et", "al.", "al.,").GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles =
        FrozenSet.Create(StringComparer.Ordinal, "of", "the", "for", "van", "von", "de", "der", "du", "la", "le", "di")
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords =
        FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "see", "in", "cf.", "cf", "quoted", "cited", "also", "by", "from")
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The names written just before <paramref name="end"/> (the separator before a title already
    /// removed), or null when the words there are not names.
    /// </summary>
    public static TextRange? ScanBackward(string text, int end, int floor)
    {
        // Leading and trailing connectors and particles belong to the prose, not to the name, so the
        // names run from the farthest name word read to the nearest one.
        TextRange? nearestName = null;
        TextRange? farthestName = null;
        var anyToken = false;
        var position = end;
        while (position > floor)
        {
            var tokenEnd = position;
            var tokenStart = tokenEnd;
            while (tokenStart > floor && !char.IsWhiteSpace(text[tokenStart - 1]))
            {
                tokenStart--;
            }

            if (tokenStart == tokenEnd)
            {
                break;
            }

            // "(Hunt, op. cit.)": the bracket opens the citation, the name follows it.
            var opens = text[tokenStart] is '(' or '[';
            if (opens)
            {
                tokenStart++;
            }

            var token = text.AsSpan(tokenStart, tokenEnd - tokenStart);
            var isName = IsName(token);
            if (StopWords.Contains(token) || !(isName || Connectors.Contains(token) || Particles.Contains(token)))
            {
                break;
            }

            // A sentence ends at a full stop after an ordinary word ("… after Stalin. See …").
            if (anyToken && token.EndsWith('.') && !IsInitial(token))
            {
                break;
            }

            anyToken = true;
            if (isName)
            {
                nearestName ??= new TextRange(tokenStart, tokenEnd);
                farthestName = new TextRange(tokenStart, tokenEnd);
            }

            if (opens)
            {
                break;
            }

            position = tokenStart;
            while (position > floor && text[position - 1] == ' ')
            {
                position--;
            }

            if (position > floor && char.IsWhiteSpace(text[position - 1]))
            {
                break;
            }
        }

        return nearestName is { } near && farthestName is { } far ? new TextRange(far.Start, near.End) : null;
    }

    /// <summary>The names starting at <paramref name="start"/>, up to the punctuation that ends them.</summary>
    public static TextRange? ScanForward(string text, int start, int limit)
    {
        var position = start;
        var end = start;
        while (position < limit)
        {
            var tokenEnd = position;
            while (tokenEnd < limit && !char.IsWhiteSpace(text[tokenEnd]))
            {
                tokenEnd++;
            }

            // A connector ("and") extends the run only if a name follows it; the end stays put until then.
            var token = text.AsSpan(position, tokenEnd - position);
            if (token.EndsWith(',') && IsName(token[..^1]))
            {
                end = tokenEnd - 1;
                break;
            }

            if (token.EndsWith('.') && !IsInitial(token) && IsName(token[..^1]))
            {
                end = tokenEnd - 1;
                break;
            }

            if (IsName(token))
            {
                end = tokenEnd;
            }
            else if (!Connectors.Contains(token))
            {
                break;
            }

            position = tokenEnd;
            while (position < limit && text[position] == ' ')
            {
                position++;
            }
        }

        return end > start ? new TextRange(start, end) : null;
    }

    /// <summary>
    /// True when <paramref name="names"/> (from <see cref="ScanForward"/>) can be an author cited by
    /// name alone: one to four words, none of them a word of the citation vocabulary ("See", "Ibid.",
    /// "Chapter", a month).
    /// </summary>
    public static bool IsAuthorOnly(ReadOnlySpan<char> names, CitationPatterns patterns, int maxWords = 4)
    {
        var words = 0;
        foreach (var range in names.Split(' '))
        {
            var word = names[range];
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            // "Edmund C. Burnett": an initial before a surname is a name, though "C." also reads as a roman numeral.
            var initialInside = IsInitial(word) && !names[range.End.GetOffset(names.Length)..].IsWhiteSpace();
            // Most name words hold no vocabulary word at all: one gate for the four lists answers that.
            var vocabulary = patterns.NameWordGate.MayOccurIn(word);
            if (words > maxWords
                || (vocabulary && patterns.IbidGate.MayOccurIn(word) && patterns.IbidWord.IsMatch(word))
                || (vocabulary && patterns.MonthsGate.MayOccurIn(word) && patterns.Months.IsMatch(word))
                || (vocabulary && patterns.CueGate.MayOccurIn(word) && IsCueWord(word, patterns))
                || (!initialInside && patterns.MayOpenLocatorItem(word) && patterns.LocatorStart.IsMatch(word))
                || (vocabulary && patterns.OpCitGate.MayOccurIn(word) && patterns.OpCitAnywhere.IsMatch(word)))
            {
                return false;
            }
        }

        return words > 0;
    }

    /// <summary>True when the word, with the white space a cue needs after it, is a cue ("See").</summary>
    private static bool IsCueWord(ReadOnlySpan<char> word, CitationPatterns patterns)
    {
        var spaced = word.Length < 128 ? stackalloc char[word.Length + 1] : new char[word.Length + 1];
        word.CopyTo(spaced);
        spaced[^1] = ' ';
        return patterns.CueWord.IsMatch(spaced);
    }

    /// <summary>True when the full stop at <paramref name="dot"/> closes an initial ("J.") rather than a sentence.</summary>
    public static bool EndsInitial(string text, int dot) =>
        dot >= 1 && char.IsUpper(text[dot - 1]) && (dot == 1 || !char.IsLetter(text[dot - 2]));

    public static bool IsInitial(ReadOnlySpan<char> token) => InitialPattern().IsMatch(token);

    private static bool IsName(ReadOnlySpan<char> token) => NamePattern().IsMatch(token.TrimEnd(','));

    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}'’.\-]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(?:\p{Lu}\.)+$|^(?:Jr|Sr)\.$")]
    private static partial Regex InitialPattern();
}

using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Finds runs of personal or corporate names around a title: backwards from a title for its
/// author(s), forwards after "ed." for editors.
/// </summary>
internal static partial class NameScanner
{
    private static readonly ImmutableHashSet<string> Connectors =
        ImmutableHashSet.Create(StringComparer.Ordinal, "and", "&");

    private static readonly ImmutableHashSet<string> Particles =
        ImmutableHashSet.Create(StringComparer.Ordinal, "of", "the", "for", "van", "von", "de", "der", "du", "la", "le", "di");

    private static readonly ImmutableHashSet<string> StopWords =
        ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "see", "in", "cf.", "cf", "quoted", "cited", "also", "by", "from");

    /// <summary>
    /// The names written just before <paramref name="end"/> (the separator before a title already
    /// removed), or null when the words there are not names.
    /// </summary>
    public static TextRange? ScanBackward(string text, int end, int floor)
    {
        var tokens = new List<TextRange>();
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

            var token = text[tokenStart..tokenEnd];
            if (StopWords.Contains(token) || !(IsName(token) || Connectors.Contains(token) || Particles.Contains(token)))
            {
                break;
            }

            // A sentence ends at a full stop after an ordinary word ("… after Stalin. See …").
            if (tokens.Count > 0 && token.EndsWith('.') && !IsInitial(token))
            {
                break;
            }

            tokens.Add(new TextRange(tokenStart, tokenEnd));
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

        // Leading connectors and particles belong to the prose, not to the name.
        while (tokens.Count > 0 && !IsName(text[tokens[^1].Start..tokens[^1].End]))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        while (tokens.Count > 0 && !IsName(text[tokens[0].Start..tokens[0].End]))
        {
            tokens.RemoveAt(0);
        }

        return tokens.Count == 0 ? null : new TextRange(tokens[^1].Start, tokens[0].End);
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
            var token = text[position..tokenEnd];
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

    public static bool IsInitial(string token) => InitialPattern().IsMatch(token);

    private static bool IsName(string token) => NamePattern().IsMatch(token.TrimEnd(','));

    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}'’.\-]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(?:\p{Lu}\.)+$|^(?:Jr|Sr)\.$")]
    private static partial Regex InitialPattern();
}

using System.Buffers;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Finds quoted titles. Closing quotes are told from apostrophes (a letter follows) and, for single
/// quotes that nest (<c>'Postwar Soviet Society: The 'Return to Normalcy,' 1945-1953,'</c>), from
/// inner quotes by what follows them.
/// </summary>
internal static class QuoteScanner
{
    private const string SingleOpen = "‘'";
    private const string SingleClose = "’'";
    private const string DoubleOpen = "“\"";
    private const string DoubleClose = "”\"";

    /// <summary>Every character that may open a quoted title.</summary>
    public static readonly SearchValues<char> OpeningMarks = SearchValues.Create(SingleOpen + DoubleOpen + RightAsOpening);

    // Some fonts (and the readers of their PDFs) give a right single quote where a left one opens a title.
    private const char RightAsOpening = '’';

    public static bool IsOpening(string text, int position)
    {
        var c = text[position];
        var before = position == 0 ? ' ' : text[position - 1];
        var after = position + 1 < text.Length ? text[position + 1] : ' ';
        if (c == RightAsOpening)
        {
            // Only before a capital, after a space: an apostrophe sits inside a word or after its end.
            return (char.IsWhiteSpace(before) || before is '(' or '[') && char.IsUpper(after);
        }

        if (!SingleOpen.Contains(c, StringComparison.Ordinal) && !DoubleOpen.Contains(c, StringComparison.Ordinal))
        {
            return false;
        }

        return (char.IsWhiteSpace(before) || before is '(' or '[') && !char.IsWhiteSpace(after);
    }

    /// <summary>The index of the quote closing the one opened at <paramref name="open"/>, or -1.</summary>
    public static int FindClosing(FlatText flat, int open, int limit)
    {
        var text = flat.Value;
        var closers = SingleOpen.Contains(text[open], StringComparison.Ordinal) || text[open] == RightAsOpening ? SingleClose : DoubleClose;
        var first = -1;
        for (var i = open + 2; i < limit; i++)
        {
            if (!closers.Contains(text[i], StringComparison.Ordinal) || char.IsWhiteSpace(text[i - 1]))
            {
                continue;
            }

            if (i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                continue;
            }

            if (closers == DoubleClose)
            {
                return i;
            }

            if (first < 0)
            {
                first = i;
            }

            if (Continuations.Follows(flat, i + 1, quotedTitle: true))
            {
                return i;
            }
        }

        return first;
    }
}

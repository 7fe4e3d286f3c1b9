using System.Text;

namespace Pipeline.Ocr;

/// <summary>
/// Character error rate: the edit distance between a recognised text and a reference, divided by
/// the reference length, after both are normalised the same way (NFC, typographic quotes and dashes
/// as ASCII, whitespace collapsed). Order-sensitive: text read in the wrong order counts as errors.
/// </summary>
public static class CharacterErrorRate
{
    /// <summary>CER as a fraction (0.02 = 2 %). An empty reference gives 0 for an empty text, else 1.</summary>
    public static double Compute(string recognised, string reference)
    {
        ArgumentNullException.ThrowIfNull(recognised);
        ArgumentNullException.ThrowIfNull(reference);
        var hypothesis = Normalize(recognised);
        var truth = Normalize(reference);
        if (truth.Length == 0)
        {
            return hypothesis.Length == 0 ? 0 : 1;
        }

        return (double)EditDistance(hypothesis, truth) / truth.Length;
    }

    /// <summary>The comparison form of a text.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in CanonicalComposition.Compose(text))
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(ToAscii(c));
        }

        return builder.ToString();
    }

    /// <summary>Levenshtein distance in characters, in O(min(m, n)) memory.</summary>
    public static int EditDistance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static char ToAscii(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
        _ => c,
    };
}

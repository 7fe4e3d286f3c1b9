using System.Text.RegularExpressions;

namespace Pipeline.Writing.Tei;

/// <summary>
/// Finds URLs written out in running text ("… at http://ag-news.net."): an absolute http or https
/// address with a dotted host, up to the next space, without the sentence's closing punctuation
/// or a bracket it did not open. Anything less (a bare "www." name, a cut address) stays words.
/// </summary>
internal static partial class BareUrls
{
    public static IEnumerable<(int Start, int Length)> In(string text)
    {
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            yield break;
        }

        foreach (Match match in Candidate().Matches(text))
        {
            var length = Trimmed(match.Value);
            var url = match.Value[..length];
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Contains('.', StringComparison.Ordinal)
                && uri.Host.Length > 3 && !uri.Host.EndsWith('.'))
            {
                yield return (match.Index, length);
            }
        }
    }

    /// <summary>The length without trailing punctuation and without a closing bracket that has no opening one inside.</summary>
    private static int Trimmed(string candidate)
    {
        var end = candidate.Length;
        while (end > 0)
        {
            var last = candidate[end - 1];
            if (".,;:!?'\"’”".Contains(last, StringComparison.Ordinal))
            {
                end--;
            }
            else if (last is ')' or ']' && Count(candidate, end, last is ')' ? '(' : '[') < Count(candidate, end, last))
            {
                end--;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static int Count(string text, int end, char c) => text.AsSpan(0, end).Count(c);

    [GeneratedRegex(@"(?<![\w/@.])https?://[^\s<>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex Candidate();
}

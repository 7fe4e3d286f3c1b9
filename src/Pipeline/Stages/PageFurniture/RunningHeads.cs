using System.Text;

namespace Pipeline.Stages.PageFurniture;

/// <summary>
/// Finds running heads: short lines that recur at the starts of many pages once digits are
/// ignored (a head often carries the page number: "42 ELENA SENIUC").
/// </summary>
internal static class RunningHeads
{
    private const int MaxHeadLength = 120;

    /// <summary>The key a line is compared by: digits dropped, spaces collapsed, case folded.</summary>
    public static string Key(string line)
    {
        var builder = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            if (char.IsDigit(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>
    /// False when the key of <paramref name="opening"/>, the start of a line, is already too long for
    /// a running head: a longer line's key is never shorter.
    /// </summary>
    public static bool MayStartWith(ReadOnlySpan<char> opening)
    {
        var length = 0;
        var space = false;
        foreach (var c in opening)
        {
            if (char.IsDigit(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            length += space ? 2 : 1;
            space = false;
        }

        return length <= MaxHeadLength;
    }

    /// <summary>
    /// The keys that recur at enough page starts to be running heads. <paramref name="candidates"/>
    /// holds, per page, the leading lines of that page.
    /// </summary>
    public static HashSet<string> Find(IReadOnlyList<IReadOnlyList<string>> candidates)
    {
        var pagesPerKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in candidates)
        {
            foreach (var key in page.Select(Key).Where(IsPlausibleHead).Distinct(StringComparer.Ordinal))
            {
                pagesPerKey[key] = pagesPerKey.GetValueOrDefault(key) + 1;
            }
        }

        var threshold = Math.Max(2, (int)Math.Ceiling(candidates.Count * 0.25));
        return pagesPerKey.Where(pair => pair.Value >= threshold).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsPlausibleHead(string key) => key.Length >= 3 && key.Length <= MaxHeadLength && key.Any(char.IsLetter);
}

using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Pipeline.Tests.Support;

/// <summary>
/// Derives realistic variants of the seed essay for tests: the same essay as a hard-wrapped scrape
/// with hyphenated line ends, running heads and page numbers, or with other line-end conventions.
/// Pages are found from the text alone (body, rule, footnotes), independently of the reader.
/// </summary>
public static partial class SeedVariants
{
    /// <summary>Running head of even pages (the author).</summary>
    public const string EvenRunningHead = "ELENA SENIUC";

    /// <summary>Running head of odd pages (the short title).</summary>
    public const string OddRunningHead = "KHRUSHCHEV'S DE-STALINISATION PROGRAMME";

    /// <summary>The seed with CRLF line ends.</summary>
    public static string WithCrlf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);
    }

    /// <summary>The 1-based line numbers at which the text's pages start (first line of each page's first block).</summary>
    public static ImmutableArray<int> PageStarts(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = Lines(text);
        var starts = ImmutableArray.CreateBuilder<int>();
        var blocks = BlockStarts(lines);
        if (blocks.Count == 0)
        {
            return [];
        }

        starts.Add(blocks[0] + 1);
        var i = 0;
        while (i < blocks.Count)
        {
            if (!IsRule(lines[blocks[i]]))
            {
                i++;
                continue;
            }

            var j = i + 1;
            var firstNote = j;
            while (firstNote < blocks.Count && !IsRule(lines[blocks[firstNote]]) && !IsNote(lines[blocks[firstNote]])
                && !IsHeading(lines[blocks[firstNote]]))
            {
                firstNote++;
            }

            if (firstNote < blocks.Count && IsNote(lines[blocks[firstNote]]))
            {
                j = firstNote;
                while (j < blocks.Count && IsNote(lines[blocks[j]]))
                {
                    j++;
                }
            }

            if (j < blocks.Count)
            {
                starts.Add(blocks[j] + 1);
            }

            i = j;
        }

        return starts.ToImmutable();
    }

    /// <summary>
    /// Re-wraps every paragraph, footnote and list item of <paramref name="seed"/> at about
    /// <see cref="HardWrapOptions.Width"/> columns, hyphenating long words at line ends, and adds a
    /// running head line and a page number line at each page start.
    /// </summary>
    public static HardWrappedSeed HardWrap(string seed, HardWrapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(seed);
        options ??= new HardWrapOptions();
        var lines = Lines(seed);
        var pageStarts = PageStarts(seed).Select(line => line - 1).ToHashSet();
        var output = new List<string>();
        var hyphens = ImmutableArray.CreateBuilder<WrapHyphen>();
        var furniture = ImmutableArray.CreateBuilder<int>();
        var page = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (pageStarts.Contains(i) && options.Furniture != FurnitureLayout.None)
            {
                page++;
                output.Add(page % 2 == 0 ? EvenRunningHead : OddRunningHead);
                furniture.Add(output.Count);
                output.Add((options.FirstPageNumber + page - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                furniture.Add(output.Count);
                if (options.Furniture == FurnitureLayout.OwnBlock)
                {
                    output.Add(string.Empty);
                }
            }

            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line) || IsRule(line) || IsHeading(line) || line.Length <= options.Width)
            {
                output.Add(line);
                continue;
            }

            var item = ListMarker().Match(line);
            var prefix = item.Success ? item.Value : string.Empty;
            var indent = item.Success ? "  " : string.Empty;
            var hardBreak = line.EndsWith("  ", StringComparison.Ordinal) ? "  " : string.Empty;
            var wrapped = new Wrapper(options, output.Count + 1).Wrap(line[prefix.Length..].TrimEnd(), prefix, indent);
            output.AddRange(wrapped.Lines);
            output[^1] += hardBreak;
            hyphens.AddRange(wrapped.Hyphens);
        }

        var text = string.Join('\n', output);
        return new HardWrappedSeed(text, hyphens.ToImmutable(), furniture.ToImmutable(), pageStarts.Count);
    }

    internal static string[] Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');

    private static List<int> BlockStarts(string[] lines)
    {
        var starts = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            if (i == 0 || string.IsNullOrWhiteSpace(lines[i - 1]) || IsRule(lines[i]) || IsHeading(lines[i])
                || IsRule(lines[i - 1]) || IsHeading(lines[i - 1]))
            {
                starts.Add(i);
            }
        }

        return starts;
    }

    private static bool IsRule(string line) => RuleLine().IsMatch(line);

    private static bool IsHeading(string line) => HeadingLine().IsMatch(line);

    private static bool IsNote(string line) => NoteLine().IsMatch(line);

    [GeneratedRegex(@"^ {0,3}(?:-{3,}|\*{3,}|_{3,})\s*$")]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"^ {0,3}#{1,6}\s")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^\s*<sup>\d+</sup>")]
    private static partial Regex NoteLine();

    [GeneratedRegex(@"^(?:[-*+]|\d+[.)]) ")]
    private static partial Regex ListMarker();
}

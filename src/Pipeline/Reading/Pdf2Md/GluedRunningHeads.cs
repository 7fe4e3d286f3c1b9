using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Reading.Pdf2Md;

/// <summary>
/// pdf.js runs a page's running head into the block of text under it
/// (<c>4 Office of the Historian “One for the …</c>, on odd pages <c>_Homes of …, Part II 5_ ward had …</c>).
/// A page's first block opening with words that open the first block of other pages too, the page's
/// number at their start or end, is cut after them, so that the head stands on a line of its own
/// where the reader finds running heads and page numbers. The words must be the same on at least
/// <see cref="MinPages"/> pages (their digits aside) whose numbers go up with the page by the same
/// offset (a page whose text happens to open with a number is not one of them); a head that opens with its number takes the words after it as
/// long as every one of those pages shares them.
/// </summary>
internal static partial class GluedRunningHeads
{
    private const int MinPages = 3;
    private const int MaxWords = 16;
    private const string PageBreak = "<!-- PAGE_BREAK -->";

    /// <summary>The markdown's lines, each head found cut from its block onto a line of its own.</summary>
    public static IReadOnlyList<string> Cut(IReadOnlyList<string> lines)
    {
        var (firsts, ordinals) = FirstLines(lines);
        var words = firsts.Select(i => lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var keys = words.Select(w => w.Take(MaxWords + 1).Select(Key).ToArray()).ToList();
        var cuts = new Dictionary<int, int>();
        for (var page = 0; page < firsts.Count; page++)
        {
            var length = HeadLength(keys, words, ordinals, page);
            if (length > 0 && length < words[page].Length)
            {
                cuts[firsts[page]] = length;
            }
        }

        if (cuts.Count == 0)
        {
            return lines;
        }

        var output = new List<string>(lines.Count + (cuts.Count * 2));
        for (var i = 0; i < lines.Count; i++)
        {
            if (!cuts.TryGetValue(i, out var length))
            {
                output.Add(lines[i]);
                continue;
            }

            var lineWords = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            output.Add(string.Join(' ', lineWords.Take(length)));
            output.Add(string.Empty);
            output.Add(string.Join(' ', lineWords.Skip(length)));
        }

        return output;
    }

    /// <summary>How many words of the page's first block are its running head; 0 when none.</summary>
    private static int HeadLength(List<string[]> keys, List<string[]> words, List<int> ordinals, int page)
    {
        var own = keys[page];
        var longest = Math.Min(MaxWords, own.Length);
        for (var length = 1; length <= longest; length++)
        {
            var numberAt = PageNumber(words[page][0]) is not null ? 0 : PageNumber(words[page][length - 1]) is not null ? length - 1 : -1;
            if (numberAt < 0)
            {
                continue;
            }

            var offset = PageNumber(words[page][numberAt]) - ordinals[page];
            var pages = InStep(Sharing(keys, own, length), words, ordinals, numberAt, offset);
            if (pages.Count < MinPages)
            {
                if (numberAt == 0)
                {
                    return 0;
                }

                continue;
            }

            // A head that opens with its number goes on while every page that shares it shares the next word too.
            while (numberAt == 0 && length < longest && InStep(Sharing(keys, own, length + 1), words, ordinals, numberAt, offset).Count == pages.Count)
            {
                length++;
            }

            return length;
        }

        return 0;
    }

    private static List<int> Sharing(List<string[]> keys, string[] own, int length)
    {
        var pages = new List<int>();
        for (var other = 0; other < keys.Count; other++)
        {
            if (keys[other].Length >= length && keys[other].AsSpan(0, length).SequenceEqual(own.AsSpan(0, length)))
            {
                pages.Add(other);
            }
        }

        return pages;
    }

    /// <summary>The pages whose number at word <paramref name="numberAt"/> of their block is their ordinal plus <paramref name="offset"/>.</summary>
    private static List<int> InStep(List<int> pages, List<string[]> words, List<int> ordinals, int numberAt, int? offset) =>
        [.. pages.Where(p => PageNumber(words[p][numberAt]) - ordinals[p] == offset)];

    private static int? PageNumber(string word)
    {
        var bare = word.Trim('_', '*');
        return bare.Length is > 0 and <= 4 && bare.All(char.IsAsciiDigit)
            ? int.Parse(bare, CultureInfo.InvariantCulture)
            : null;
    }

    private static string Key(string word) => Digits().Replace(word, "#");

    /// <summary>The index of each page's first line that is not blank, and that page's ordinal.</summary>
    private static (List<int> Lines, List<int> Pages) FirstLines(IReadOnlyList<string> lines)
    {
        var firsts = new List<int>();
        var pages = new List<int>();
        var page = 0;
        var atStart = true;
        for (var i = 0; i < lines.Count; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed == PageBreak)
            {
                atStart = true;
                page++;
            }
            else if (atStart && trimmed.Length > 0)
            {
                firsts.Add(i);
                pages.Add(page);
                atStart = false;
            }
        }

        return (firsts, pages);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Diagnostics;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// Removes page furniture from the top and bottom lines of every page: page numbers (a number alone,
/// <c>n/N</c>, a number beside a running head) and running heads or feet. A line is furniture when
/// its text recurs at the edges of many pages (digits aside, when its number follows the page
/// sequence), or when it is a number that follows the page sequence; so a head printed on odd
/// pages only is found as surely as one on every page, and a note line at a page foot ("26 Ibid.")
/// is not mistaken for one.
/// </summary>
internal static partial class PageEdges
{
    /// <summary>How many lines at each edge of a page may be furniture.</summary>
    private const int EdgeLines = 4;

    /// <summary>Removes the furniture and returns the lines removed (page, text), which show the printed page numbers.</summary>
    public static List<(int Page, string Line)> Remove(List<TextPage> pages, DiagnosticBag diagnostics)
    {
        var removed = new List<(int Page, string Line)>();
        var offset = PageNumberOffset(pages);
        var threshold = Math.Max(2, (pages.Count + 3) / 4);
        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var seenExact = new HashSet<string>(StringComparer.Ordinal);
            var seenKey = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in Edges(page))
            {
                if (seenExact.Add(line.Text))
                {
                    exact[line.Text] = exact.GetValueOrDefault(line.Text) + 1;
                }

                var key = Key(line.Text);
                if (seenKey.Add(key))
                {
                    keyed[key] = keyed.GetValueOrDefault(key) + 1;
                }
            }
        }

        bool IsFurniture(TextLine line, int page)
        {
            var numberFits = EdgeNumbers(line.Text).Any(n => offset is { } o && n - page == o);
            if (PageNumberOnly().IsMatch(line.Text))
            {
                return numberFits || PageOfPages().IsMatch(line.Text);
            }

            var text = line.Text;
            return exact.GetValueOrDefault(text) >= threshold
                || (keyed.GetValueOrDefault(Key(text)) >= threshold && (numberFits || !text.Any(char.IsAsciiDigit)));
        }

        foreach (var page in pages)
        {
            var top = 0;
            while (top < Math.Min(EdgeLines, page.Lines.Count) && IsFurniture(page.Lines[top], page.Number))
            {
                top++;
            }

            var bottom = 0;
            while (bottom < EdgeLines && page.Lines.Count - bottom - 1 >= top && IsFurniture(page.Lines[page.Lines.Count - bottom - 1], page.Number))
            {
                bottom++;
            }

            for (var i = 0; i < top; i++)
            {
                Report(page.Lines[i], diagnostics);
                removed.Add((page.Number, page.Lines[i].Text));
            }

            for (var i = page.Lines.Count - bottom; i < page.Lines.Count; i++)
            {
                Report(page.Lines[i], diagnostics);
                removed.Add((page.Number, page.Lines[i].Text));
            }

            var inside = EdgeRepeats.Find(page, top, page.Lines.Count - bottom, EdgeLines, text => exact.GetValueOrDefault(text), pages.Count);
            foreach (var i in inside)
            {
                Report(page.Lines[i], diagnostics);
                removed.Add((page.Number, page.Lines[i].Text));
            }

            for (var k = inside.Count - 1; k >= 0; k--)
            {
                page.Lines.RemoveAt(inside[k]);
            }

            page.Lines.RemoveRange(page.Lines.Count - bottom, bottom);
            page.Lines.RemoveRange(0, top);
        }

        return removed;
    }

    private static void Report(TextLine line, DiagnosticBag diagnostics)
    {
        var isNumber = PageNumberOnly().IsMatch(line.Text);
        diagnostics.Info(
            isNumber ? ExtractedTextCodes.PageNumber : ExtractedTextCodes.RunningHead,
            line.Number,
            $"removed {(isNumber ? "page number" : "running head")} '{line.Text}' on line {line.Number}");
    }

    private static IEnumerable<TextLine> Edges(TextPage page)
    {
        var count = page.Lines.Count;
        for (var i = 0; i < count; i++)
        {
            if (i < EdgeLines || i >= count - EdgeLines)
            {
                yield return page.Lines[i];
            }
        }
    }

    /// <summary>
    /// The most common difference between a printed page number and the page's place in the text,
    /// read from the numbers at the ends of the lines at page edges; null unless more than half the pages agree.
    /// </summary>
    private static int? PageNumberOffset(List<TextPage> pages)
    {
        var votes = new Dictionary<int, int>();
        foreach (var page in pages)
        {
            foreach (var offset in Edges(page).SelectMany(line => EdgeNumbers(line.Text)).Select(n => n - page.Number).Distinct())
            {
                votes[offset] = votes.GetValueOrDefault(offset) + 1;
            }
        }

        if (votes.Count == 0)
        {
            return null;
        }

        // Printed page numbers follow the pages on most of them; note numbers at page feet do not.
        var best = votes.OrderByDescending(v => v.Value).ThenBy(v => Math.Abs(v.Key)).First();
        return best.Value >= 2 && best.Value * 2 > pages.Count ? best.Key : null;
    }

    /// <summary>The numbers at the start and the end of a line, where a page number stands.</summary>
    private static IEnumerable<int> EdgeNumbers(string text)
    {
        var lead = LeadingNumber().Match(text);
        if (lead.Success && int.TryParse(lead.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var first))
        {
            yield return first;
        }

        var trail = TrailingNumber().Match(text);
        if (trail.Success && trail.Index > 0 && int.TryParse(trail.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var last))
        {
            yield return last;
        }

        // A browser's footer ends with the page of pages: "https://… 6/9".
        var ofPages = TrailingPageOfPages().Match(text);
        if (ofPages.Success && ofPages.Index > 0 && int.TryParse(ofPages.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var page))
        {
            yield return page;
        }
    }

    /// <summary>The line with every digit run as '#' and letters in lower case, so "3 Journal 33" and "5 Journal 33" agree.</summary>
    internal static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        var inDigits = false;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (!inDigits)
                {
                    builder.Append('#');
                }

                inDigits = true;
                continue;
            }

            inDigits = false;
            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(?:(?:page|p\.)\s*)?[-–—]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:/|of)\s*\d{1,4})?\s*[-–—]?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberOnly();

    [GeneratedRegex(@"^\d{1,4}\s*(?:/|of)\s*\d{1,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex PageOfPages();

    [GeneratedRegex(@"^(\d{1,4})(?!\d)(?![.,:/-]?\d)")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"(?<![\d.,:/-])(\d{1,4})$")]
    private static partial Regex TrailingNumber();

    [GeneratedRegex(@"(?<=\s)(\d{1,4})\s*(?:/|of)\s*\d{1,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingPageOfPages();
}

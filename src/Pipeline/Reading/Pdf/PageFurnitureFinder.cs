using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Diagnostics;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// Finds and removes page furniture: the outermost lines at the top and foot of each page that are
/// a page number, or that recur at the same place on many pages once digits are ignored (running
/// heads, odd and even alike, a browser's header and footer), and, on the first page, the journal
/// line printed above a title set larger than the text. The dropped lines are kept on the page, for its printed number.
/// </summary>
internal static partial class PageFurnitureFinder
{
    /// <summary>How many lines at the top and at the foot of a page may be furniture.</summary>
    private const int BandLines = 2;

    private const int MaxHeadLength = 120;

    public static void Remove(List<PdfPageLayout> pages, double bodySize, DiagnosticBag diagnostics)
    {
        var bands = pages.Select(Bands).ToList();
        var threshold = Math.Max(2, (int)Math.Ceiling(pages.Count * 0.25));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (top, bottom) in bands)
        {
            foreach (var key in top.Select(l => "T" + Key(l.Text)).Concat(bottom.Select(l => "B" + Key(l.Text))).Distinct(StringComparer.Ordinal))
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var removed = new HashSet<PdfLine>();
            foreach (var (band, prefix) in new[] { (bands[p].Top, "T"), (bands[p].Bottom, "B") })
            {
                for (var b = 0; b < band.Count; b++)
                {
                    var line = band[b];
                    // A line with a raised number is a note or text with a call-out, never furniture.
                    if (line.Glyphs.Exists(g => g.Raised) || !SetOff(line, b + 1 < band.Count ? band[b + 1] : Inward(page, line, prefix == "T")))
                    {
                        break;
                    }

                    var key = Key(line.Text);
                    var isNumber = PageNumber().IsMatch(line.Text.Trim());
                    var recurs = IsPlausibleHead(key) && counts.GetValueOrDefault(prefix + key) >= threshold && pages.Count > 1;
                    if (!isNumber && !recurs)
                    {
                        break;
                    }

                    removed.Add(line);
                    page.Furniture.Add(line.Text);
                    diagnostics.Info(
                        isNumber ? PdfReadingCodes.PageNumber : PdfReadingCodes.RunningHead,
                        line.Number,
                        $"removed {(isNumber ? "page number" : "running head")} '{line.Text.Trim()}' at the {(prefix == "T" ? "top" : "foot")} of page {page.Number}");
                }
            }

            if (p == 0)
            {
                RemoveJournalLine(page, removed, bodySize, diagnostics);
            }

            foreach (var column in page.Columns)
            {
                column.RemoveAll(removed.Contains);
            }

            page.Columns.RemoveAll(c => c.Count == 0);
        }
    }

    /// <summary>Furniture stands apart: the next line inward is more than 1.6 lines of either's size away.</summary>
    private static bool SetOff(PdfLine line, PdfLine? inward) =>
        inward is null || Math.Abs(line.Baseline - inward.Baseline) > 1.6 * Math.Max(line.Size, inward.Size);

    private static PdfLine? Inward(PdfPageLayout page, PdfLine line, bool fromTop)
    {
        var lines = page.Lines.Where(l => fromTop ? l.Baseline < line.Baseline : l.Baseline > line.Baseline);
        return fromTop ? lines.MaxBy(l => l.Baseline) : lines.MinBy(l => l.Baseline);
    }

    private static (List<PdfLine> Top, List<PdfLine> Bottom) Bands(PdfPageLayout page)
    {
        var lines = page.Lines.OrderByDescending(l => l.Baseline).ToList();
        var top = lines.Take(BandLines).ToList();
        var bottom = lines.AsEnumerable().Reverse().Take(BandLines).Where(l => !top.Contains(l)).ToList();
        return (top, bottom);
    }

    /// <summary>
    /// The lines above the first page's title (its first line set well above the body size) that are
    /// not themselves large: a journal's name, volume and address.
    /// </summary>
    private static void RemoveJournalLine(PdfPageLayout page, HashSet<PdfLine> removed, double bodySize, DiagnosticBag diagnostics)
    {
        var lines = page.Lines.Where(l => !removed.Contains(l)).OrderByDescending(l => l.Baseline).ToList();
        var title = lines.FindIndex(l => l.Size >= 1.3 * bodySize);
        if (title <= 0 || lines[title].Baseline < page.Height / 2)
        {
            return;
        }

        foreach (var line in lines.Take(title).Where(l => l.Size <= 1.05 * bodySize))
        {
            removed.Add(line);
            diagnostics.Info(PdfReadingCodes.JournalLine, line.Number, $"removed the line '{line.Text.Trim()}' above the title on page {page.Number} as the journal's line");
        }
    }

    /// <summary>The key a line is compared by: digits dropped, spaces collapsed, case folded.</summary>
    private static string Key(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (char.IsDigit(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString().Trim();
    }

    private static bool IsPlausibleHead(string key) => key.Length >= 3 && key.Length <= MaxHeadLength && key.Any(char.IsLetter);

    [GeneratedRegex(@"^(?:(?:page|p\.)\s*)?[-–—]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*/\s*\d{1,4})?\s*[-–—]?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}

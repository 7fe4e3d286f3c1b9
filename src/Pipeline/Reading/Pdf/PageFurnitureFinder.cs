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

    /// <summary>A gap this many times the type size sets a page number apart from the rest of its line.</summary>
    private const double PartGap = 2.5;

    /// <summary>Lines whose baselines differ by less than this (points) share a row across the columns.</summary>
    private const double RowTolerance = 0.6;

    public static void Remove(List<PdfPageLayout> pages, double bodySize, DiagnosticBag diagnostics)
    {
        var bands = pages.Select(Bands).ToList();
        var threshold = Math.Max(2, (int)Math.Ceiling(pages.Count * 0.25));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (top, bottom) in bands)
        {
            foreach (var key in top.SelectMany(r => r).Select(l => "T" + Key(l.Text)).Concat(bottom.SelectMany(r => r).Select(l => "B" + Key(l.Text))).Distinct(StringComparer.Ordinal))
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
                for (var r = 0; r < band.Count; r++)
                {
                    var row = band[r];
                    // A line with a raised number is a note or text with a call-out, never furniture.
                    if (row.Exists(l => l.Glyphs.Exists(g => g.Raised)) || !SetOff(row[0], r + 1 < band.Count ? band[r + 1][0] : Inward(page, row[0], prefix == "T")))
                    {
                        break;
                    }

                    var kinds = row.Select(line => (Line: line, IsNumber: HoldsPageNumber(line), Recurs: Recurs(line, prefix, counts, threshold, pages.Count))).ToList();
                    if (!kinds.Exists(k => k.IsNumber || k.Recurs))
                    {
                        break;
                    }

                    // The rest of a row that holds a page number or a running head, standing apart at the page's edge, is
                    // furniture too: a first page's footer ("Journal • Publisher   1") that no other page repeats.
                    foreach (var (line, isNumber, recurs) in kinds)
                    {
                        removed.Add(line);
                        page.Furniture.Add(line.Text);
                        var what = isNumber ? "page number" : recurs ? "running head" : "line beside the page number or running head";
                        diagnostics.Info(
                            isNumber ? PdfReadingCodes.PageNumber : PdfReadingCodes.RunningHead,
                            line.Number,
                            $"removed {what} '{line.Text.Trim()}' at the {(prefix == "T" ? "top" : "foot")} of page {page.Number}");
                    }
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

    /// <summary>
    /// The line is a page number, or one of its ends is, set off from the rest by a gap far wider
    /// than a word space (a footer "Journal • Publisher" with the number at the margin).
    /// </summary>
    private static bool HoldsPageNumber(PdfLine line)
    {
        if (PageNumber().IsMatch(line.Text.Trim()))
        {
            return true;
        }

        var glyphs = line.Glyphs;
        var cuts = Enumerable.Range(1, Math.Max(0, glyphs.Count - 1))
            .Where(i => glyphs[i].Left - glyphs[i - 1].Right > PartGap * Math.Max(glyphs[i].Size, glyphs[i - 1].Size))
            .ToList();
        if (cuts.Count == 0)
        {
            return false;
        }

        string Part(int from, int to) => string.Concat(glyphs.Skip(from).Take(to - from).Select(g => g.Value));
        return PageNumber().IsMatch(Part(0, cuts[0])) || PageNumber().IsMatch(Part(cuts[^1], glyphs.Count));
    }

    private static bool Recurs(PdfLine line, string prefix, Dictionary<string, int> counts, int threshold, int pageCount)
    {
        var key = Key(line.Text);
        return IsPlausibleHead(key) && counts.GetValueOrDefault(prefix + key) >= threshold && pageCount > 1;
    }

    /// <summary>
    /// The outermost rows at the top and at the foot of a page, outermost first; a row is the lines
    /// (column parts) that share a baseline.
    /// </summary>
    private static (List<List<PdfLine>> Top, List<List<PdfLine>> Bottom) Bands(PdfPageLayout page)
    {
        var lines = page.Lines.OrderByDescending(l => l.Baseline).ToList();
        var rows = new List<List<PdfLine>>();
        foreach (var line in lines)
        {
            if (rows.Count > 0 && Math.Abs(rows[^1][0].Baseline - line.Baseline) <= RowTolerance)
            {
                rows[^1].Add(line);
            }
            else
            {
                rows.Add([line]);
            }
        }

        var top = rows.Take(BandLines).ToList();
        var bottom = rows.AsEnumerable().Reverse().Take(BandLines).Where(r => !top.Contains(r)).ToList();
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

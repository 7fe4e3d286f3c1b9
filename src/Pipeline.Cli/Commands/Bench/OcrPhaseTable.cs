using System.Globalization;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// The pipeline's time per image by phase (median CPU seconds of the recognising thread over the
/// runs) beside the tesseract CLI's whole run, so an image over the target shows which phase costs
/// more than the CLI's own work; then each phase summed over the images.
/// </summary>
internal static class OcrPhaseTable
{
    public static void Print(IReadOnlyList<OcrBenchmarkRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var phases = rows.SelectMany(r => r.Phases.Keys).Distinct(StringComparer.Ordinal).ToList();
        if (phases.Count == 0)
        {
            return;
        }

        // Plain columns, one line per image: a console table this wide would wrap past reading.
        var header = new List<string> { "image", "CLI" };
        header.AddRange(phases);
        var lines = new List<List<string>> { header };
        foreach (var row in rows)
        {
            var cells = new List<string> { row.Image, Seconds(OcrTimings.Median(row.Cli.Preferred(row.Cli.Cpu.Count > 0))) };
            cells.AddRange(phases.Select(p => row.Phases.TryGetValue(p, out var runs) ? Seconds(OcrTimings.Median(runs)) : "-"));
            lines.Add(cells);
        }

        var totals = new List<string> { "all", Seconds(rows.Sum(r => OcrTimings.Median(r.Cli.Preferred(r.Cli.Cpu.Count > 0)) ?? 0)) };
        totals.AddRange(phases.Select(p => Seconds(rows.Sum(r => r.Phases.TryGetValue(p, out var runs) ? OcrTimings.Median(runs) ?? 0 : 0))));
        lines.Add(totals);
        var widths = header.Select((_, c) => lines.Max(l => l[c].Length)).ToList();
        foreach (var line in lines)
        {
            Console.Out.WriteLine(string.Join("  ", line.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))));
        }

        Console.Out.WriteLine("Phases: CPU seconds of the thread that recognised (wall seconds where no thread clock), median of the runs; the CLI column is its whole run.");
    }

    private static string Seconds(double? value) =>
        value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
}

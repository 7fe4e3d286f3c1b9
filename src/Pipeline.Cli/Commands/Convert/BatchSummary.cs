using System.Globalization;
using Pipeline.Batch;
using Pipeline.Diagnostics;
using Spectre.Console;

namespace Pipeline.Cli.Commands.Convert;

/// <summary>The closing summary of a batch run: a table of totals, the failed documents, where the report is.</summary>
internal static class BatchSummary
{
    public static void Write(IAnsiConsole console, BatchResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var problem in result.Problems)
        {
            Console.Error.WriteLine("error: " + problem);
        }

        if (result.Report is not { } report)
        {
            return;
        }

        var totals = report.Totals;
        var table = new Table().Border(TableBorder.Rounded).Title("Batch summary");
        table.AddColumn("");
        table.AddColumn(new TableColumn("").RightAligned());
        table.HideHeaders();
        table.AddRow("Documents", Number(totals.Documents));
        table.AddRow("  converted", Number(totals.Converted));
        table.AddRow("  unchanged (skipped)", Number(totals.Skipped));
        table.AddRow("  failed", totals.Failed > 0 ? $"[red]{Number(totals.Failed)}[/]" : "0");
        table.AddRow("Notes", Number(totals.Notes));
        table.AddRow("Warnings", Number(totals.Warnings));
        table.AddRow("Errors", totals.Errors > 0 ? $"[red]{Number(totals.Errors)}[/]" : "0");
        table.AddRow("Time", TimeSpan.FromMilliseconds(report.ElapsedMilliseconds).ToString(@"h\:mm\:ss\.fff", CultureInfo.InvariantCulture));
        console.Write(table);

        foreach (var failed in report.Documents.Where(d => d.Status == DocumentStatus.Failed))
        {
            var first = failed.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error);
            Console.Out.WriteLine($"failed: {failed.Id}: {first?.Message ?? "no output"}");
        }

        if (result.ReportPath is not null)
        {
            Console.Out.WriteLine("run report: " + result.ReportPath);
        }
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

using System.Globalization;
using Pipeline.Batch;
using Pipeline.Cli.CommandLine;
using Pipeline.Diagnostics;
using Spectre.Console;

namespace Pipeline.Cli.Commands.Convert;

/// <summary>
/// The closing summary of a batch run: after a progress bar, each document's warnings and errors (which
/// the bar could not show); a table of totals; the failed documents; where the report is.
/// </summary>
internal static class BatchSummary
{
    public static void Write(CliContext cli, BatchResult result, bool listDiagnostics)
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var problem in result.Problems)
        {
            cli.Error.WriteLine("error: " + problem);
        }

        if (result.Report is not { } report)
        {
            return;
        }

        if (listDiagnostics)
        {
            foreach (var document in report.Documents.Where(d => d.Warnings + d.Errors > 0))
            {
                var lines = DiagnosticLines.For(document, cli.Verbosity).ToList();
                if (lines.Count == 0)
                {
                    continue;
                }

                cli.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{document.Id}: {document.Warnings} warning(s), {document.Errors} error(s)"));
                foreach (var line in lines)
                {
                    cli.Out.WriteLine(line);
                }
            }
        }

        var totals = report.Totals;
        if (!cli.Quiet)
        {
            var table = new Table().Border(TableBorder.Rounded).Title("Batch summary");
            table.AddColumn("");
            table.AddColumn(new TableColumn("").RightAligned());
            table.HideHeaders();
            table.AddRow("Documents", Number(totals.Documents));
            table.AddRow("  converted", Number(totals.Converted));
            table.AddRow("  unchanged (skipped)", Number(totals.Skipped));
            table.AddRow("  failed", totals.Failed > 0 ? $"[red]{Number(totals.Failed)}[/]" : "0");
            table.AddRow("Notes", Number(totals.Notes));
            table.AddRow("Warnings", totals.Warnings > 0 ? $"[yellow]{Number(totals.Warnings)}[/]" : "0");
            table.AddRow("Errors", totals.Errors > 0 ? $"[red]{Number(totals.Errors)}[/]" : "0");
            table.AddRow("Time", TimeSpan.FromMilliseconds(report.ElapsedMilliseconds).ToString(@"h\:mm\:ss\.fff", CultureInfo.InvariantCulture));
            cli.Console.Write(table);
        }

        foreach (var failed in report.Documents.Where(d => d.Status == DocumentStatus.Failed))
        {
            var first = failed.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error);
            cli.Out.WriteLine($"failed: {failed.Id}: {first?.Message ?? "no output"}");
        }

        if (result.ReportPath is not null && !cli.Quiet)
        {
            cli.Out.WriteLine("run report: " + result.ReportPath);
        }
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

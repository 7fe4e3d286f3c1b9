using Pipeline.Batch.Merge;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Merge;

/// <summary><c>pipeline merge output/ [--corpus input/]</c>: one run report from the shards' reports.</summary>
internal sealed class MergeCommand : AsyncCommand<MergeSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, MergeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Paths.Length == 0)
        {
            Console.Error.WriteLine("error: give an output folder or shard run reports.");
            return 1;
        }

        var result = await MergeRun.RunAsync(new([.. settings.Paths], [.. settings.Corpus], settings.Report), cancellationToken).ConfigureAwait(false);
        foreach (var problem in result.Problems)
        {
            Console.Error.WriteLine("error: " + problem);
        }

        if (result.Report is { } report)
        {
            foreach (var problem in report.Merge?.Problems ?? [])
            {
                Console.Error.WriteLine($"{problem.Code}: {problem.Message}");
            }

            var totals = report.Totals;
            Console.Out.WriteLine(
                $"merged {report.Merge?.Reports.Length ?? 0} shard reports of {report.Merge?.Shards ?? 0}: {totals.Documents} documents, " +
                $"{totals.Converted} converted, {totals.Skipped} unchanged, {totals.Failed} failed, {totals.Notes} notes, {totals.Warnings} warnings, {totals.Errors} errors; " +
                $"{report.Merge?.Problems.Length ?? 0} problems");
        }

        if (result.ReportPath is not null)
        {
            Console.Out.WriteLine("run report: " + result.ReportPath);
        }

        return result.ExitCode;
    }
}

using System.CommandLine;
using Pipeline.Batch.Merge;
using Pipeline.Cli.CommandLine;

namespace Pipeline.Cli.Commands.Merge;

/// <summary><c>pipeline merge output/ [--corpus input/]</c>: one run report from the shards' reports.</summary>
internal static class MergeCommand
{
    public static Command Create(GlobalOptions global)
    {
        var paths = new Argument<string[]>("reports")
        {
            Description = "Output folders (their run-report.shard-i-of-n.json files) or shard report files.",
            Arity = ArgumentArity.OneOrMore,
        };
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "The input the shards were cut from: every document in it must be in one shard's report.",
            AllowMultipleArgumentsPerToken = true,
        };
        var report = new Option<string?>("--report", "-o", "--output")
        {
            Description = "Where to write the merged report (default: run-report.json in the first output folder).",
        };
        var command = new Command("merge", "Merge the run reports of a sharded conversion into one, checking the shards add up to the corpus.")
        {
            paths, corpus, report,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new([.. parse.GetValue(paths) ?? []], [.. parse.GetValue(corpus) ?? []], parse.GetValue(report)),
            global.Context(parse),
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(MergeRequest request, CliContext cli, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var result = await MergeRun.RunAsync(request, cancellationToken).ConfigureAwait(false);
        foreach (var problem in result.Problems)
        {
            await cli.Error.WriteLineAsync("error: " + problem).ConfigureAwait(false);
        }

        if (result.Report is { } merged)
        {
            foreach (var problem in merged.Merge?.Problems ?? [])
            {
                await cli.Error.WriteLineAsync($"{problem.Code}: {problem.Message}").ConfigureAwait(false);
            }

            if (!cli.Quiet)
            {
                var totals = merged.Totals;
                await cli.Out.WriteLineAsync(
                    $"merged {merged.Merge?.Reports.Length ?? 0} shard reports of {merged.Merge?.Shards ?? 0}: {totals.Documents} documents, " +
                    $"{totals.Converted} converted, {totals.Skipped} unchanged, {totals.Failed} failed, {totals.Notes} notes, {totals.Warnings} warnings, " +
                    $"{totals.Errors} errors; {merged.Merge?.Problems.Length ?? 0} problems").ConfigureAwait(false);
            }
        }

        if (result.ReportPath is not null && !cli.Quiet)
        {
            await cli.Out.WriteLineAsync("run report: " + result.ReportPath).ConfigureAwait(false);
        }

        return result.ExitCode;
    }
}

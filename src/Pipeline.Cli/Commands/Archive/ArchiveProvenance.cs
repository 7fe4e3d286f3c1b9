using Pipeline.Batch;
using Pipeline.Batch.Merge;
using Pipeline.Cli.CommandLine;

namespace Pipeline.Cli.Commands.Archive;

/// <summary>
/// The run report an archive keeps as provenance, and the refusal of a batch it says is incomplete:
/// a bag is for keeping, so failed documents are bagged only when the user says so.
/// </summary>
internal static class ArchiveProvenance
{
    /// <summary>The tag files to keep, or the exit code when the archive must not go on.</summary>
    public static async Task<(IReadOnlyList<string> TagFiles, int? ExitCode)> CheckAsync(ArchiveSettings settings, CliContext cli, CancellationToken cancellationToken)
    {
        var path = settings.RunReportPath;
        if (!File.Exists(path))
        {
            if (settings.RunReport is not null)
            {
                await cli.Error.WriteLineAsync($"error: run report '{path}' does not exist.").ConfigureAwait(false);
                return ([], ExitCodes.CouldNotRun);
            }

            if (!cli.Quiet)
            {
                await cli.Error.WriteLineAsync($"warning: no run report at {path}: the bag keeps no record of how its payload was made.").ConfigureAwait(false);
            }

            return ([], null);
        }

        var (report, error) = await ShardReports.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            await cli.Error.WriteLineAsync("error: " + error).ConfigureAwait(false);
            return ([], ExitCodes.CouldNotRun);
        }

        var failed = report.Documents.Where(d => d.Status == DocumentStatus.Failed).Select(d => d.Id).ToList();
        if (failed.Count > 0)
        {
            var named = string.Join(", ", failed.Take(5)) + (failed.Count > 5 ? $" and {failed.Count - 5} more" : "");
            if (!settings.AllowFailed)
            {
                await cli.Error.WriteLineAsync(
                    $"error: {failed.Count} of {report.Documents.Length} documents failed in the run this output comes from ({named}); " +
                    "convert them again, or give --allow-failed to bag the rest (the run report in the bag names them).").ConfigureAwait(false);
                return ([], ExitCodes.SomeNotFine);
            }

            if (!cli.Quiet)
            {
                await cli.Error.WriteLineAsync($"warning: bagging without {failed.Count} failed documents ({named}); the bag's run-report.json names them.").ConfigureAwait(false);
            }
        }

        return ([path], null);
    }
}

using System.Collections.Immutable;
using Pipeline.IO;

namespace Pipeline.Batch.Merge;

/// <summary>What <c>pipeline merge</c> is asked: where the shard reports are, the corpus to check them against, and where the merged report goes.</summary>
internal sealed record MergeRequest(ImmutableArray<string> Paths, ImmutableArray<string> Corpus, string? ReportPath);

/// <summary>The merged report, where it was written, and why the run could not be done (exit 1) when it could not.</summary>
internal sealed record MergeResult(int ExitCode, RunReport? Report, string? ReportPath, ImmutableArray<string> Problems);

/// <summary>
/// <c>pipeline merge</c>: reads the shard reports, merges them (<see cref="ShardMerger"/>) and writes one run report,
/// by default <c>run-report.json</c> in the output folder, where <c>archive</c> finds it.
/// </summary>
internal static class MergeRun
{
    public static async Task<MergeResult> RunAsync(MergeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var files = ShardReports.Find(request.Paths, out var absent);
        if (!absent.IsEmpty)
        {
            return new MergeResult(BatchResult.CouldNotRun, null, null, [.. absent.Select(p => $"'{p}' does not exist.")]);
        }

        if (files.IsEmpty)
        {
            return new MergeResult(BatchResult.CouldNotRun, null, null,
                [$"no shard run reports ({ShardReports.Pattern}) in {string.Join(", ", request.Paths)}."]);
        }

        var folder = request.Paths.Select(Path.GetFullPath).FirstOrDefault(Directory.Exists)
            ?? Path.GetDirectoryName(files[0])!;
        var reports = new List<(string File, RunReport Report)>(files.Length);
        var unreadable = new List<string>();
        foreach (var file in files)
        {
            var (report, error) = await ShardReports.ReadAsync(file, cancellationToken).ConfigureAwait(false);
            if (report is null)
            {
                unreadable.Add(error!);
            }
            else
            {
                reports.Add((Relative(folder, file), report));
            }
        }

        if (unreadable.Count > 0)
        {
            return new MergeResult(BatchResult.CouldNotRun, null, null, [.. unreadable]);
        }

        HashSet<string>? corpus = null;
        if (!request.Corpus.IsEmpty)
        {
            var (documents, missing) = CorpusDiscovery.Discover(request.Corpus);
            if (!missing.IsEmpty)
            {
                return new MergeResult(BatchResult.CouldNotRun, null, null, missing);
            }

            corpus = documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        }

        var merged = ShardMerger.Merge(reports, corpus);
        var path = Path.GetFullPath(request.ReportPath ?? Path.Combine(folder, BatchRunner.ReportFileName));
        try
        {
            await AtomicFile.WriteAsync(path, RunReportJson.ToUtf8Bytes(merged), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new MergeResult(BatchResult.CouldNotRun, merged, null, [$"cannot write the merged report '{path}': {e.Message}"]);
        }

        return new MergeResult(merged.ExitCode, merged, path, []);
    }

    private static string Relative(string folder, string file)
    {
        var relative = Path.GetRelativePath(folder, file);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFileName(file) : relative).Replace(Path.DirectorySeparatorChar, '/');
    }
}

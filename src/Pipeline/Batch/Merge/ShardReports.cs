using System.Collections.Immutable;
using System.Text.Json;

namespace Pipeline.Batch.Merge;

/// <summary>Finds and reads the run reports of a sharded output: <c>run-report.shard-i-of-n.json</c>.</summary>
internal static class ShardReports
{
    public const string Pattern = "run-report.shard-*-of-*.json";

    /// <summary>
    /// The report files named by <paramref name="paths"/>: a folder stands for the shard reports in it, a file for
    /// itself. Sorted, each once.
    /// </summary>
    public static ImmutableArray<string> Find(IEnumerable<string> paths, out ImmutableArray<string> missing)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var absent = ImmutableArray.CreateBuilder<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                files.UnionWith(Directory.EnumerateFiles(full, Pattern, SearchOption.TopDirectoryOnly));
            }
            else if (File.Exists(full))
            {
                files.Add(full);
            }
            else
            {
                absent.Add(path);
            }
        }

        missing = absent.ToImmutable();
        return [.. files];
    }

    /// <summary>Reads one report; a null report and the reason when the file is not a run report.</summary>
    public static async Task<(RunReport? Report, string? Error)> ReadAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            var stream = File.OpenRead(file);
            await using (stream.ConfigureAwait(false))
            {
                var report = await JsonSerializer.DeserializeAsync(stream, BatchJsonContext.Default.RunReport, cancellationToken).ConfigureAwait(false);
                return report is null || report.Documents.IsDefault
                    ? (null, $"{file} is not a run report.")
                    : (report, null);
            }
        }
        catch (JsonException e)
        {
            return (null, $"{file} is not a run report: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{file} cannot be read: {e.Message}");
        }
    }
}

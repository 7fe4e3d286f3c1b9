using System.Diagnostics;

namespace Pipeline.Tests.Validation;

/// <summary>
/// Runs the real jing against the official tei_all.rng, kept in the project (<c>schemas/tei_all.rng</c>,
/// see its NOTICE) so a fresh clone has it. Tests skip with the reason when jing is not on this machine.
/// </summary>
internal static class Jing
{
    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Pipeline.sln not found above the test assembly.");
        }
    }

    public static string TeiAllPath => Path.Combine(RepoRoot, "schemas", "tei_all.rng");

    /// <summary>Why jing cannot run here, or null when it can.</summary>
    public static string? MissingReason()
    {
        if (!File.Exists(TeiAllPath))
        {
            return $"tei_all.rng not found at {TeiAllPath}";
        }

        return FindOnPath("jing") is null ? "jing is not on PATH" : null;
    }

    /// <summary>Validates the files with jing in one run; returns its exit code and messages.</summary>
    public static async Task<(int ExitCode, string Output)> ValidateAsync(params string[] xmlPaths)
    {
        var start = new ProcessStartInfo(FindOnPath("jing")!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(TeiAllPath);
        foreach (var path in xmlPaths)
        {
            start.ArgumentList.Add(path);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}

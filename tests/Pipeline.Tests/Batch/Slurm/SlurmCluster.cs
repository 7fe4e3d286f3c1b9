using System.Diagnostics;
using System.Text;

namespace Pipeline.Tests.Batch.Slurm;

/// <summary>
/// A real one-node Slurm cluster on this machine (munged, slurmctld, slurmd), started by
/// <c>scripts/slurm/cluster.sh</c> in a folder of its own and stopped on dispose, leaving nothing running.
/// </summary>
internal sealed class SlurmCluster : IAsyncDisposable
{
    private readonly string _state;

    private SlurmCluster(string state, string conf)
    {
        _state = state;
        Conf = conf;
    }

    /// <summary>The <c>SLURM_CONF</c> that every Slurm command of this cluster needs.</summary>
    public string Conf { get; }

    /// <summary>Starts the cluster; null with the reason when this machine cannot run one (no Slurm, not root, a service that does not start).</summary>
    public static async Task<(SlurmCluster? Cluster, string? WhyNot)> StartAsync(string state)
    {
        if (!OperatingSystem.IsLinux())
        {
            return (null, "a Slurm cluster needs Linux");
        }

        var (exit, stdout, stderr) = await RunProcessAsync("bash", [Script("cluster.sh"), "start", state], null, TimeSpan.FromMinutes(2));
        if (exit == 3)
        {
            return (null, stderr.Trim());
        }

        if (exit != 0)
        {
            throw new InvalidOperationException($"cluster.sh start failed ({exit}): {stdout}{stderr}");
        }

        return (new SlurmCluster(state, stdout.Trim()), null);
    }

    public static string Script(string name) => Path.Combine(RepoPaths.Root, "scripts", "slurm", name);

    /// <summary>Runs a command with this cluster's configuration and <c>PIPELINE</c> set to the built CLI.</summary>
    public Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string file, params string[] args) =>
        RunProcessAsync(file, args, new Dictionary<string, string>
        {
            ["SLURM_CONF"] = Conf,
            ["PIPELINE"] = "dotnet " + RepoPaths.CliAssembly,
        }, TimeSpan.FromMinutes(2));

    /// <summary>Waits until none of <paramref name="jobIds"/> is pending or running any more.</summary>
    public async Task WaitForAsync(TimeSpan timeout, params string[] jobIds)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var (_, queue, _) = await RunAsync("squeue", "-h", "-o", "%F %i", "--jobs", string.Join(',', jobIds));
            if (queue.Trim().Length == 0)
            {
                return;
            }

            await Task.Delay(500);
        }

        var (_, left, _) = await RunAsync("squeue", "-h");
        throw new TimeoutException($"jobs {string.Join(", ", jobIds)} still queued or running after {timeout}: {left}");
    }

    public async ValueTask DisposeAsync() =>
        await RunProcessAsync("bash", [Script("cluster.sh"), "stop", _state], null, TimeSpan.FromMinutes(1));

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunProcessAsync(
        string file, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in {timeout}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}

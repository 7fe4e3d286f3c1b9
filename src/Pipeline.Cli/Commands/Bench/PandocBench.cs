using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// Runs <c>pandoc -f markdown -t tei</c> once per file, sequentially, and measures the CPU the pandoc
/// processes used: bash's <c>times</c> builtin reports the user and system time of finished children,
/// which <see cref="Process.TotalProcessorTime"/> cannot once a process has exited.
/// </summary>
internal static partial class PandocBench
{
    /// <summary>CPU and wall time for the files, or null with the reason when pandoc or bash is missing.</summary>
    public static async Task<(TimeSpan Cpu, TimeSpan Wall, string? Problem)> MeasureAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("command -v pandoc >/dev/null || { echo 'pandoc is not installed' >&2; exit 3; }; "
            + "for f in \"$@\"; do pandoc -f markdown -t tei \"$f\" -o /dev/null || exit 4; done; times");
        info.ArgumentList.Add("bench");
        foreach (var file in files)
        {
            info.ArgumentList.Add(file);
        }

        var clock = Stopwatch.StartNew();
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new Win32Exception("bash did not start");
        }
        catch (Win32Exception e)
        {
            return (TimeSpan.Zero, TimeSpan.Zero, "bash is not available: " + e.Message);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var wall = clock.Elapsed;
            if (process.ExitCode != 0)
            {
                return (TimeSpan.Zero, wall, (await stderr.ConfigureAwait(false)).Trim());
            }

            // 'times' prints two lines: the shell's own user/system time, then its children's.
            var lines = (await stdout.ConfigureAwait(false)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var children = lines.Length >= 2 ? TimesLine().Matches(lines[^1]) : null;
            if (children is not { Count: 2 })
            {
                return (TimeSpan.Zero, wall, "could not read bash 'times' output");
            }

            return (Parse(children[0]) + Parse(children[1]), wall, null);
        }
    }

    private static TimeSpan Parse(Match match) =>
        TimeSpan.FromMinutes(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))
        + TimeSpan.FromSeconds(double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"(\d+)m([\d.]+)s")]
    private static partial Regex TimesLine();
}

using System.Diagnostics;
using Pipeline.Native.Posix;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>Runs the stock <c>tesseract IMAGE - --psm 3</c> command as the benchmark's reference.</summary>
internal static class TesseractCli
{
    /// <summary>
    /// The text, wall-clock seconds and CPU seconds (null where they cannot be measured) of one run,
    /// or null when tesseract is not installed or fails.
    /// </summary>
    public static async Task<(string Text, double Seconds, double? CpuSeconds)?> RunAsync(string image, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("tesseract")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(image);
        start.ArgumentList.Add("-");
        start.ArgumentList.Add("--psm");
        start.ArgumentList.Add("3");
        var cpuBefore = ChildProcessTime.TotalSeconds();
        var clock = Stopwatch.StartNew();
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("tesseract did not start.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var text = await output.ConfigureAwait(false);
            _ = await errors.ConfigureAwait(false);
            var wall = clock.Elapsed.TotalSeconds;
            var cpu = ChildProcessTime.TotalSeconds() - cpuBefore;
            return process.ExitCode == 0 ? (text, wall, cpu) : null;
        }
    }
}

using System.Diagnostics;

namespace Pipeline.Tests.Rendering;

/// <summary>
/// Runs the real headless Chromium (Debian's <c>chromium</c>, installed by scripts/setup.sh) on a
/// local page: its DOM after scripts ran, or a screenshot.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];

    public static string? Path => Names
        .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => System.IO.Path.Combine(dir, name)))
        .FirstOrDefault(File.Exists);

    public static async Task<string> DumpDomAsync(string page, string profile) =>
        (await RunAsync(profile, "--dump-dom", new Uri(page).AbsoluteUri)).Output;

    public static async Task ScreenshotAsync(string page, string png, string profile, int width, int height)
    {
        var (exit, output) = await RunAsync(profile, $"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars", new Uri(page).AbsoluteUri);
        if (exit != 0 || !File.Exists(png))
        {
            throw new InvalidOperationException($"chromium made no screenshot (exit {exit}): {output}");
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string profile, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("chromium is not on PATH"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // No sandbox: the tests may run as root, where Chromium refuses its sandbox. Files only, no network.
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files", "--virtual-time-budget=5000", $"--user-data-dir={profile}" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var output = await stdout;
        return (process.ExitCode, process.ExitCode == 0 ? output : output + await stderr);
    }
}

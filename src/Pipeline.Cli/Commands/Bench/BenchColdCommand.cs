using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Pipeline.Cli.CommandLine;
using Pipeline.Native.Posix;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// <c>pipeline bench cold</c>: start-up as a user meets it, beside pandoc in the same run. Each measure is
/// a fresh <c>pipeline convert</c> process (this very build: the native binary or the JIT one): one
/// seed document, then a batch of copies, against <c>pandoc -f markdown -t tei</c> one file at a time.
/// Every run writes into an empty output folder, as a first conversion of a back-catalogue does (replacing
/// earlier files costs more on ext4, which writes a replaced file's data out at the rename).
/// </summary>
internal static class BenchColdCommand
{
    public static Command Create(GlobalOptions global)
    {
        _ = global;
        var copies = TypedOptions.Whole("--copies", "Seed copies in the cold batch.", minimum: 1, defaultValue: 300);
        var runs = TypedOptions.Whole("--runs", "Runs of each measure; the median is reported.", minimum: 1, defaultValue: 5);
        var pandocFiles = TypedOptions.Whole("--pandoc", "Files pandoc converts one by one for its per-document time.", minimum: 1, defaultValue: 20);
        var seed = new Option<string>("--seed") { Description = "The document folder to copy (its document.md is used).", HelpName = "DIR", DefaultValueFactory = _ => "input/seed-essay" };
        var command = new Command("cold", "Cold start-up: one seed document and a batch of copies, each a fresh process, beside pandoc.") { copies, runs, pandocFiles, seed };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(seed)!, parse.GetValue(copies) ?? 300, parse.GetValue(runs) ?? 5, parse.GetValue(pandocFiles) ?? 20, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string seed, int copies, int runs, int pandocFiles, CancellationToken cancellationToken)
    {
        var source = Path.Combine(seed, "document.md");
        if (!File.Exists(source))
        {
            await Console.Error.WriteLineAsync($"error: {source} does not exist.").ConfigureAwait(false);
            return ExitCodes.CouldNotRun;
        }

        var work = Directory.CreateTempSubdirectory("pipeline-bench-cold-");
        try
        {
            var corpus = Path.Combine(work.FullName, "corpus");
            for (var i = 1; i <= copies; i++)
            {
                var folder = Path.Combine(corpus, string.Create(CultureInfo.InvariantCulture, $"seed-{i:D4}"));
                Directory.CreateDirectory(folder);
                File.Copy(source, Path.Combine(folder, "document.md"));
            }

            var one = Path.Combine(corpus, "seed-0001");
            var output = Path.Combine(work.FullName, "out");
            var (self, prefix) = SelfCommand();
            Console.Out.WriteLine($"pipeline bench cold: {self} {string.Join(' ', prefix)}, {Environment.ProcessorCount} cores, median of {runs} runs, --no-ocr, load average {LoadAverage()}");

            var pipelineOne = await MedianAsync(runs, () => WallAsync(self, [.. prefix, "convert", one, "-o", Fresh(output), "--no-ocr", "--force", "-q"], cancellationToken)).ConfigureAwait(false);
            var pandocOne = await MedianAsync(runs, () => WallAsync("pandoc", ["-f", "markdown", "-t", "tei", source, "-o", "/dev/null"], cancellationToken)).ConfigureAwait(false);
            var cpuBefore = ChildProcessTime.TotalSeconds();
            var pipelineBatch = await MedianAsync(runs, () => WallAsync(self, [.. prefix, "convert", corpus, "-o", Fresh(output), "--no-ocr", "--force", "-q"], cancellationToken)).ConfigureAwait(false);
            var batchCpu = ChildProcessTime.TotalSeconds() - cpuBefore;
            var files = Enumerable.Range(1, Math.Min(pandocFiles, copies))
                .Select(i => Path.Combine(corpus, string.Create(CultureInfo.InvariantCulture, $"seed-{i:D4}"), "document.md"))
                .ToList();
            var (_, pandocWall, problem) = await PandocBench.MeasureAsync(files, cancellationToken).ConfigureAwait(false);
            if (pipelineOne is null || pipelineBatch is null)
            {
                await Console.Error.WriteLineAsync("error: pipeline convert failed; run it by hand to see why.").ConfigureAwait(false);
                return ExitCodes.CouldNotRun;
            }

            var batchPerDocument = pipelineBatch.Value / copies;
            Console.Out.WriteLine($"one seed document:  pipeline {Ms(pipelineOne.Value)}, pandoc {(pandocOne is { } p ? Ms(p) : "not run")}"
                + (pandocOne is { } p1 ? $" ({Ratio(pipelineOne.Value, p1)} × pandoc's wall time)" : ""));
            Console.Out.WriteLine($"cold batch of {copies}: pipeline {Ms(pipelineBatch.Value)} ({Ms(batchPerDocument)} per document)"
                + (batchCpu is { } cpu ? string.Create(CultureInfo.InvariantCulture, $", CPU {cpu * 1000 / (runs * copies):F1} ms per document (mean of the runs)") : ""));
            if (problem is null)
            {
                var pandocPerDocument = pandocWall / files.Count;
                Console.Out.WriteLine($"pandoc one by one on {files.Count}: {Ms(pandocWall)} ({Ms(pandocPerDocument)} per document): pipeline is {Ratio(pandocPerDocument, batchPerDocument)} × faster per document");
            }
            else
            {
                Console.Out.WriteLine($"pandoc not measured: {problem}");
            }

            Console.Out.WriteLine($"load average at the end: {LoadAverage()}");
            return ExitCodes.Ok;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The output folder, emptied.</summary>
    private static string Fresh(string output)
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        return output;
    }

    /// <summary>The 1, 5 and 15 minute load averages, or "unknown" off Linux: the measures mean little without them.</summary>
    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "unknown";
        }
    }

    /// <summary>How to start this same build again: the native binary itself, or dotnet with the JIT build's assembly.</summary>
    private static (string File, string[] Prefix) SelfCommand()
    {
        var process = Environment.ProcessPath ?? "pipeline";
        return Path.GetFileNameWithoutExtension(process) == "dotnet"
            ? (process, [Path.Combine(AppContext.BaseDirectory, "pipeline.dll")])
            : (process, []);
    }

    private static async Task<TimeSpan?> MedianAsync(int runs, Func<Task<TimeSpan?>> measure)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            if (await measure().ConfigureAwait(false) is not { } time)
            {
                return null;
            }

            times.Add(time);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static async Task<TimeSpan?> WallAsync(string file, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        Process? process;
        try
        {
            process = Process.Start(info);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }

        if (process is null)
        {
            return null;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            var wall = clock.Elapsed;
            await stdout.ConfigureAwait(false);
            await stderr.ConfigureAwait(false);
            return process.ExitCode == 0 ? wall : null;
        }
    }

    private static string Ms(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalMilliseconds:F1} ms");

    private static string Ratio(TimeSpan a, TimeSpan b) => string.Create(CultureInfo.InvariantCulture, $"{a / b:F2}");
}

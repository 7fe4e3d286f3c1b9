using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Pipeline.Cli.CommandLine;
using Pipeline.Ocr;
using Pipeline.Stages.Dehyphenation;
using Spectre.Console;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// <c>pipeline bench ocr [images]</c>: for each image, CER against NAME.gt.txt and, over several
/// runs, the median and spread (fastest–slowest) of the CPU and wall seconds of the stock tesseract
/// CLI (<c>--psm 3</c>, one process per run) and of the pipeline's OCR (preprocessing, layout,
/// recognition and reflow; engines already started), and their ratio per image and over all; then
/// the wall time of the whole batch through the engine pool. CPU seconds decide the ratio where they
/// can be measured: on a shared machine wall time mostly measures the neighbours.
/// </summary>
internal static class BenchOcrCommand
{
    public static Command Create(GlobalOptions global)
    {
        ArgumentNullException.ThrowIfNull(global);
        var images = new Argument<string[]>("images")
        {
            Description = "Images to recognise; ground truth is read from NAME.gt.txt beside each. Default: input/seed-essay/appendix-*.jpg.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var runs = TypedOptions.Whole("--runs", "Timed runs per image and tool; the median is reported.", minimum: 1, defaultValue: 3);
        var command = new Command("ocr", "OCR: CER and seconds per image, tesseract CLI beside the pipeline.") { images, runs };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new BenchOcrSettings { Images = parse.GetValue(images) ?? [], Runs = parse.GetValue(runs) ?? 3 },
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(BenchOcrSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var images = settings.Images.Length > 0
            ? settings.Images
            : [.. Directory.EnumerateFiles(Path.Combine("input", "seed-essay"), "appendix-*.jpg").Order(StringComparer.Ordinal)];
        if (images.Length == 0)
        {
            AnsiConsole.MarkupLine("[red]error:[/] no images given and none found in input/seed-essay.");
            return 1;
        }

        var runs = Math.Max(1, settings.Runs);
        var options = new OcrOptions();
        using var engine = new TesseractOcrEngine();
        using var words = HunspellWordList.TryOpen(new DehyphenationOptions(), out _);
        using var self = Process.GetCurrentProcess();
        var startClock = Stopwatch.StartNew();
        var contents = new List<byte[]>();
        foreach (var image in images)
        {
            contents.Add(await File.ReadAllBytesAsync(image, cancellationToken).ConfigureAwait(false));
        }

        // Start every engine of the pool once, so the timings below are per image, not per start.
        await Task.WhenAll(contents.Select(c => engine.RecognizeAsync(c, options, cancellationToken))).ConfigureAwait(false);
        var warmUp = startClock.Elapsed.TotalSeconds;

        var rows = new List<OcrBenchmarkRow>();
        for (var i = 0; i < images.Length; i++)
        {
            var truth = GroundTruth(images[i]);
            var cli = new List<(string Text, double Seconds, double? CpuSeconds)>();
            var pipelineWall = new List<double>();
            var pipelineCpu = new List<double>();
            var text = "";
            var phases = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            for (var r = 0; r < runs; r++)
            {
                // Alternating the tools spreads a burst of load over both instead of one.
                if (await TesseractCli.RunAsync(images[i], cancellationToken).ConfigureAwait(false) is { } run)
                {
                    cli.Add(run);
                }

                var cpuBefore = self.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var recognition = new OcrPhaseClock();
                var page = await engine.RecognizeAsync(contents[i], options, recognition, cancellationToken).ConfigureAwait(false);
                var reflow = new OcrPhaseClock();
                reflow.Restart();
                text = OcrReflow.Reflow(page, HyphenationJudge.Create([page.PlainText], words)).Text;
                reflow.Lap("reflow");
                pipelineWall.Add(clock.Elapsed.TotalSeconds);
                self.Refresh();
                pipelineCpu.Add((self.TotalProcessorTime - cpuBefore).TotalSeconds);
                foreach (var (phase, seconds) in recognition.Phases.Concat(reflow.Phases))
                {
                    (phases.TryGetValue(phase, out var list) ? list : phases[phase] = []).Add(seconds);
                }
            }

            var cliCpu = cli.All(c => c.CpuSeconds is not null) ? cli.Select(c => c.CpuSeconds!.Value).ToList() : [];
            rows.Add(new OcrBenchmarkRow(
                Path.GetFileName(images[i]),
                truth is null || cli.Count == 0 ? null : CharacterErrorRate.Compute(cli[0].Text, truth),
                truth is null ? null : CharacterErrorRate.Compute(text, truth),
                new OcrTimings([.. cli.Select(c => c.Seconds)], cliCpu),
                new OcrTimings(pipelineWall, pipelineCpu),
                phases));
        }

        var batchClock = Stopwatch.StartNew();
        await Task.WhenAll(contents.Select(c => engine.RecognizeAsync(c, options, cancellationToken))).ConfigureAwait(false);
        var batch = batchClock.Elapsed.TotalSeconds;

        Print(rows, runs, warmUp, batch, images.Length);
        OcrPhaseTable.Print(rows);
        return 0;
    }

    private static void Print(List<OcrBenchmarkRow> rows, int runs, double warmUp, double batch, int count)
    {
        // CPU seconds only where both tools have them for every image, so the ratios compare like with like.
        var cpu = rows.All(r => r.Cli.Cpu.Count > 0 && r.Pipeline.Cpu.Count > 0);
        var measure = cpu ? "CPU" : "wall";
        var table = new Table().AddColumns(
            "image", "CLI CER", "pipeline CER", $"CLI {measure} s", $"pipeline {measure} s", "ratio", "CLI wall s", "pipeline wall s");
        foreach (var row in rows)
        {
            table.AddRow(
                row.Image,
                Percent(row.CliCer),
                Percent(row.PipelineCer),
                Spread(row.Cli.Preferred(cpu)),
                Spread(row.Pipeline.Preferred(cpu)),
                Ratio(OcrTimings.Median(row.Pipeline.Preferred(cpu)), OcrTimings.Median(row.Cli.Preferred(cpu))),
                Seconds(OcrTimings.Median(row.Cli.Wall)),
                Seconds(OcrTimings.Median(row.Pipeline.Wall)));
        }

        var cliTotal = Total(rows.Select(r => r.Cli.Preferred(cpu)));
        var pipelineTotal = Total(rows.Select(r => r.Pipeline.Preferred(cpu)));
        table.AddRow(
            "all (sum of medians)",
            "",
            "",
            Seconds(cliTotal),
            Seconds(pipelineTotal),
            Ratio(pipelineTotal, cliTotal),
            Seconds(Total(rows.Select(r => r.Cli.Wall))),
            Seconds(Total(rows.Select(r => r.Pipeline.Wall))));
        AnsiConsole.Write(table);
        Console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"CLI: tesseract IMAGE - --psm 3 (one process per run, its start included). Median (fastest-slowest) of {runs} run(s) each, the tools alternating; ratio = pipeline / CLI by {measure} seconds; {Environment.ProcessorCount} cores, load average {LoadAverage()}."));
        Console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Pipeline: engine pool start + first pass {warmUp:0.00} s; batch of {count} image(s) through the pool {batch:0.00} s wall."));
    }

    private static string? GroundTruth(string image)
    {
        var path = Path.Combine(Path.GetDirectoryName(image) ?? ".", Path.GetFileNameWithoutExtension(image) + ".gt.txt");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    private static double? Total(IEnumerable<IReadOnlyList<double>> runs)
    {
        var medians = runs.Select(OcrTimings.Median).ToList();
        return medians.Any(m => m is null) ? null : medians.Sum();
    }

    private static string Spread(IReadOnlyList<double> values) =>
        values.Count == 0
            ? "n/a"
            : string.Create(CultureInfo.InvariantCulture, $"{OcrTimings.Median(values):0.00} ({values.Min():0.00}-{values.Max():0.00})");

    private static string Ratio(double? value, double? reference) =>
        value is { } v && reference is > 0 ? (v / reference.Value).ToString("0.00", CultureInfo.InvariantCulture) + "x" : "n/a";

    /// <summary>The one-minute load average, so a reader of the numbers knows what else ran.</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static string Percent(double? value) =>
        value is { } v ? v.ToString("0.00 %", CultureInfo.InvariantCulture) : "n/a";

    private static string Seconds(double? value) =>
        value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Pipeline.Cli.CommandLine;
using Pipeline.Ocr;
using Pipeline.Stages.Dehyphenation;
using Spectre.Console;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// <c>pipeline bench ocr [images]</c>: for each image, CER against NAME.gt.txt and median seconds of
/// the stock tesseract CLI (<c>--psm 3</c>) and of the pipeline's OCR (preprocessing, layout,
/// recognition and reflow; engines already started), side by side; then the wall time of the whole
/// batch through the engine pool.
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
            var cli = new List<(string Text, double Seconds)>();
            for (var r = 0; r < runs; r++)
            {
                if (await TesseractCli.RunAsync(images[i], cancellationToken).ConfigureAwait(false) is { } run)
                {
                    cli.Add(run);
                }
            }

            var pipelineSeconds = new List<double>();
            var text = "";
            for (var r = 0; r < runs; r++)
            {
                var clock = Stopwatch.StartNew();
                var page = await engine.RecognizeAsync(contents[i], options, cancellationToken).ConfigureAwait(false);
                text = OcrReflow.Reflow(page, HyphenationJudge.Create([page.PlainText], words)).Text;
                pipelineSeconds.Add(clock.Elapsed.TotalSeconds);
            }

            rows.Add(new OcrBenchmarkRow(
                Path.GetFileName(images[i]),
                truth is null || cli.Count == 0 ? null : CharacterErrorRate.Compute(cli[0].Text, truth),
                cli.Count == 0 ? null : Median(cli.Select(c => c.Seconds)),
                truth is null ? null : CharacterErrorRate.Compute(text, truth),
                Median(pipelineSeconds)));
        }

        var batchClock = Stopwatch.StartNew();
        await Task.WhenAll(contents.Select(c => engine.RecognizeAsync(c, options, cancellationToken))).ConfigureAwait(false);
        var batch = batchClock.Elapsed.TotalSeconds;

        Print(rows, runs, warmUp, batch, images.Length);
        return 0;
    }

    private static void Print(List<OcrBenchmarkRow> rows, int runs, double warmUp, double batch, int count)
    {
        var table = new Table().AddColumns("image", "CLI CER", "CLI s", "pipeline CER", "pipeline s");
        foreach (var row in rows)
        {
            table.AddRow(
                row.Image,
                Percent(row.CliCer),
                Seconds(row.CliSeconds),
                Percent(row.PipelineCer),
                Seconds(row.PipelineSeconds));
        }

        AnsiConsole.Write(table);
        Console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"CLI: tesseract IMAGE - --psm 3 (one process per call). Median of {runs} run(s); {Environment.ProcessorCount} cores."));
        Console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Pipeline: engine pool start + first pass {warmUp:0.00} s; batch of {count} image(s) through the pool {batch:0.00} s wall."));
    }

    private static string? GroundTruth(string image)
    {
        var path = Path.Combine(Path.GetDirectoryName(image) ?? ".", Path.GetFileNameWithoutExtension(image) + ".gt.txt");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    private static string Percent(double? value) =>
        value is { } v ? v.ToString("0.00 %", CultureInfo.InvariantCulture) : "n/a";

    private static string Seconds(double? value) =>
        value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
}

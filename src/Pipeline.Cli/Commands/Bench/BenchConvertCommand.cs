using System.CommandLine;
using System.Globalization;
using Pipeline.Cli.CommandLine;
using Pipeline.Conversion;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// <c>pipeline bench convert [--copies 1000]</c>: converts copies of the seed essay without OCR and reports
/// documents per second, CPU time per document, documents per core-second and peak memory for N/4, N/2
/// and N copies, then pandoc's CPU time per document on the same files when pandoc is installed.
/// </summary>
internal static class BenchConvertCommand
{
    public static Command Create(GlobalOptions global)
    {
        ArgumentNullException.ThrowIfNull(global);
        var copies = TypedOptions.Whole("--copies", "Copies of the seed essay in the largest run; runs of N/4 and N/2 go first to show memory does not grow with N.", minimum: 1, defaultValue: 1000);
        var seed = new Option<string>("--seed") { Description = "The document folder to copy.", HelpName = "DIR", DefaultValueFactory = _ => "input/seed-essay" };
        var jobs = TypedOptions.Whole("--jobs", "Documents converted at once (default: one per core).", minimum: 1, aliases: "-j");
        var pandoc = TypedOptions.Whole("--pandoc", "Files given to pandoc -f markdown -t tei for comparison (0 to skip; default 20).", minimum: 0, defaultValue: 20);
        var command = new Command("convert", "Conversion without OCR of copies of the seed essay, beside pandoc.") { copies, seed, jobs, pandoc };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new BenchConvertSettings
            {
                Copies = parse.GetValue(copies) ?? 1000,
                Seed = parse.GetValue(seed)!,
                Jobs = parse.GetValue(jobs),
                PandocFiles = parse.GetValue(pandoc) ?? 20,
            },
            cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(BenchConvertSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.UsageError() is { } usage)
        {
            Console.Error.WriteLine("error: " + usage);
            return 1;
        }

        if (!File.Exists(Path.Combine(settings.Seed, "document.md")))
        {
            Console.Error.WriteLine($"error: {settings.Seed} holds no document.md; run from the repository root or pass --seed.");
            return 1;
        }

        var jobs = settings.Jobs ?? Environment.ProcessorCount;
        Console.Out.WriteLine($"pipeline bench convert: {settings.Copies} copies of {settings.Seed}, {jobs} at once, {Environment.ProcessorCount} cores, OCR off, output kept in memory");
        using var corpus = BenchCorpus.Create(settings.Seed, settings.Copies);
        using var converter = new DocumentConverter();
        var options = new ConversionOptions { Pipeline = new() { FigureOcr = new() { Enabled = false } } };
        var bench = new ConvertBench(converter, options, jobs);

        // Warm-up, reported but not counted in the throughput: the schema, the regexes, and enough
        // calls for tiered compilation to settle on optimised code.
        var warmUp = await BenchWarmUp.RunAsync(bench, corpus.Documents, cancellationToken).ConfigureAwait(false);
        Console.Out.WriteLine(Invariant($"warm-up: {warmUp.Documents} documents, {warmUp.Cpu.TotalMilliseconds / warmUp.Documents:F2} ms CPU/document, of which JIT {warmUp.JitTime.TotalSeconds:F1} s for {warmUp.MethodsCompiled} methods; measured from here on"));

        var steps = new List<BenchStep>();
        foreach (var size in StepSizes(settings.Copies))
        {
            steps.Add(await bench.RunAsync([.. corpus.Documents.Take(size)], cancellationToken).ConfigureAwait(false));
        }

        foreach (var step in steps)
        {
            Console.Out.WriteLine(Describe(step));
        }

        var breakdownDocuments = corpus.Documents.Take(Math.Min(200, settings.Copies)).ToList();
        var breakdown = await BenchBreakdown.MeasureAsync(breakdownDocuments, options, cancellationToken).ConfigureAwait(false);
        Console.Out.WriteLine(Invariant($"where the time goes (one thread, {breakdownDocuments.Count} documents, wall time per document): ")
            + string.Join(", ", breakdown.Select(p => Invariant($"{p.Phase} {p.MillisecondsPerDocument:F2} ms"))));

        if (settings.PandocFiles > 0)
        {
            var files = corpus.Documents.Take(Math.Min(settings.PandocFiles, settings.Copies)).Select(d => Path.Combine(d, "document.md")).ToList();
            var ours = await new ConvertBench(converter, options, 1).RunAsync([.. corpus.Documents.Take(files.Count)], cancellationToken).ConfigureAwait(false);
            var (pandocCpu, pandocWall, problem) = await PandocBench.MeasureAsync(files, cancellationToken).ConfigureAwait(false);
            if (problem is not null)
            {
                Console.Out.WriteLine($"pandoc: not measured ({problem})");
            }
            else
            {
                var pandocPerDocument = pandocCpu.TotalMilliseconds / files.Count;
                Console.Out.WriteLine(Invariant($"same {files.Count} files, one at a time: pipeline {ours.CpuMillisecondsPerDocument:F2} ms CPU/document, pandoc -f markdown -t tei {pandocPerDocument:F1} ms CPU/document ({pandocWall.TotalMilliseconds / files.Count:F1} ms wall); pipeline is {pandocPerDocument / ours.CpuMillisecondsPerDocument:F0}x less CPU"));
            }
        }

        var last = steps[^1];
        var goal = last.DocumentsPerCoreSecond >= 200 ? "met" : "NOT met";
        Console.Out.WriteLine(Invariant($"goal >= 200 documents per core-second: {goal} ({last.DocumentsPerCoreSecond:F0})"));
        return steps.All(s => s.Converted == s.Documents) ? 0 : 2;
    }

    private static IEnumerable<int> StepSizes(int copies) =>
        new[] { copies / 4, copies / 2, copies }.Where(n => n > 0).Distinct();

    private static string Describe(BenchStep s) =>
        Invariant($"{s.Documents,5} documents: {s.Converted} converted, {s.Wall.TotalSeconds:F2} s wall, {s.DocumentsPerSecond:F0} documents/s, ")
        + Invariant($"{s.CpuMillisecondsPerDocument:F2} ms CPU/document = {s.DocumentsPerCoreSecond:F0} documents/core-second, ")
        + Invariant($"peak working set {s.PeakWorkingSetBytes / 1048576.0:F0} MB, peak GC heap {s.PeakHeapBytes / 1048576.0:F0} MB, ")
        + Invariant($"{s.AllocatedBytes / 1024.0 / s.Documents:F0} KB allocated/document, GCs gen0/1/2 {s.Gen0}/{s.Gen1}/{s.Gen2}, JIT {s.MethodsCompiled} methods");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

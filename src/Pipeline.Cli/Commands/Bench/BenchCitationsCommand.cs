using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Pipeline.Cli.CommandLine;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading;
using Pipeline.Stages;
using Pipeline.Stages.Citations;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// <c>pipeline bench citations [folders] [--runs N]</c>: the citation stage alone, on each document as
/// the stages before it leave it (OCR off): median wall time and bytes allocated per run, on one
/// thread, after as many untimed runs for the code to settle.
/// </summary>
internal static class BenchCitationsCommand
{
    public static Command Create(GlobalOptions global)
    {
        var documents = new Argument<string[]>("documents")
        {
            Description = "Document folders holding document.md. Default: input/seed-essay.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var runs = TypedOptions.Whole("--runs", "Timed runs of the citation stage per document, after as many untimed ones; the median is reported. Default 400.", minimum: 1, defaultValue: 400);
        var command = new Command("citations", "The citation stage alone, per document: time and allocations per run.") { documents, runs };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(documents) ?? [], parse.GetValue(runs) ?? 400, global.Context(parse), cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string[] documents, int runs, CliContext cli, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cli);
        var folders = documents.Length > 0 ? documents : [Path.Combine("input", "seed-essay")];
        foreach (var folder in folders)
        {
            var path = Path.Combine(folder, "document.md");
            if (!File.Exists(path))
            {
                await cli.Error.WriteLineAsync($"error: {folder} holds no document.md.").ConfigureAwait(false);
                return 1;
            }

            var document = await BeforeCitationsAsync(folder, path, cancellationToken).ConfigureAwait(false);
            var (median, cpu, bytes, references) = Measure(document, runs);
            await cli.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{document.Id}: citation stage {median.TotalMicroseconds:F0} µs per run (median of {runs}), {cpu.TotalMicroseconds:F0} µs CPU per run (mean), {bytes / 1024.0:F0} KiB allocated per run, {references} references in notes")).ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>The document as the stages before the citation stage leave it.</summary>
    private static async Task<Document> BeforeCitationsAsync(string folder, string path, CancellationToken cancellationToken)
    {
        var id = Path.GetFileName(Path.GetFullPath(folder));
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        var diagnostics = new DiagnosticBag(id);
        var document = new ScrapedTextReader().Read(id, Path.GetFullPath(folder), text, diagnostics);
        var context = new StageContext(diagnostics, text);
        var stages = PipelineStages.Default(new PipelineOptions { FigureOcr = new() { Enabled = false } });
        try
        {
            foreach (var stage in stages.Where(s => s is not CitationStage))
            {
                document = await stage.RunAsync(document, context, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            foreach (var stage in stages.OfType<IDisposable>())
            {
                stage.Dispose();
            }
        }

        return document;
    }

    /// <summary>
    /// The median wall time, and the process's CPU time over all timed runs divided by their number:
    /// on a machine other work keeps busy the wall time counts the waits for a core, the CPU time does not.
    /// </summary>
    private static (TimeSpan Median, TimeSpan Cpu, long Bytes, int References) Measure(Document document, int runs)
    {
        var references = 0;
        for (var i = 0; i < runs; i++)
        {
            references = CitationStage.Structure(document, new DiagnosticBag(document.Id)).Report.ReferencesFound;
        }

        var times = new TimeSpan[runs];
        long bytes = 0;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            CitationStage.Structure(document, new DiagnosticBag(document.Id));
            times[i] = clock.Elapsed;
            bytes += GC.GetAllocatedBytesForCurrentThread() - before;
        }

        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore) / runs;
        Array.Sort(times);
        return (times[runs / 2], cpu, bytes / runs, references);
    }
}

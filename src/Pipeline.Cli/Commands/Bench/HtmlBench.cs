using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Pipeline.Conversion;
using Pipeline.Stages;
using Pipeline.Stages.FigureOcr;
using Pipeline.Writing;
using Pipeline.Writing.Html;
using Spectre.Console;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// Times, after a warm-up, one document's conversion to TEI in the three ways a run can meet it (OCR
/// recognised afresh, OCR from the cache, no OCR) and the rendering of its page from the validated
/// TEI and the model (<see cref="HtmlDocumentWriter"/>, diagnostics placed) and from the TEI alone
/// (<c>pipeline preview</c>). Each is measured as process CPU time per run (what the work costs, on a
/// shared machine steadier than wall time) and median wall time; each rendering is shown as a share of
/// each conversion. The goal: a page costs less than 20 % of converting its document.
/// </summary>
internal static class HtmlBench
{
    private const double Goal = 0.20;

    /// <summary>Warm-up rounds at most: a bound for code that never stops compiling (it would be a finding of its own).</summary>
    private const int MaxWarmUpRounds = 20;

    public static async Task<int> RunAsync(string document, int runs, IAnsiConsole console, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(document))
        {
            console.MarkupLineInterpolated($"[red]error:[/] {document} is not a document folder.");
            return 1;
        }

        using var cache = new TemporaryFolder();
        using var converter = new DocumentConverter();
        var modes = new (string Name, ConversionOptions Options, int Runs)[]
        {
            ("convert, OCR afresh", Options(new FigureOcrOptions { UseCache = false }), Math.Max(3, runs / 5)),
            ("convert, OCR cached", Options(new FigureOcrOptions { CacheDirectory = cache.Path }), runs),
            ("convert --no-ocr", Options(new FigureOcrOptions { Enabled = false }), runs),
        };

        var conversions = new List<(string Name, Timing Timing)>();
        foreach (var (name, options, count) in modes)
        {
            var first = await converter.ConvertAsync(document, options, cancellationToken).ConfigureAwait(false);
            if (!first.Succeeded)
            {
                console.MarkupLineInterpolated($"[red]error:[/] {document} does not convert: {string.Join("; ", first.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error))}");
                return 1;
            }

            conversions.Add((name, await MeasureAsync(count, () => converter.ConvertAsync(document, options, cancellationToken)).ConfigureAwait(false)));
        }

        // The page is rendered from the OCR'd conversion: the one with figure zones and lines to draw.
        var converted = await converter.ConvertAsync(document, modes[1].Options, cancellationToken).ConfigureAwait(false);
        var input = new WriterInput(converted.Document!, modes[1].Options.Tei, converted.Tei, converted.Diagnostics);
        var writer = new HtmlDocumentWriter();
        var fromModel = writer.Write(input).Length;
        var fromTei = Preview(converted).Length;
        var renderings = new List<(string Name, Timing Timing, int Bytes)>
        {
            ("page from TEI + model", await MeasureAsync(runs * 4, () => Task.FromResult(writer.Write(input))).ConfigureAwait(false), fromModel),
            ("page from TEI alone (preview)", await MeasureAsync(runs * 4, () => Task.FromResult(Preview(converted))).ConfigureAwait(false), fromTei),
        };

        string[] columns = ["rendering", "CPU ms (wall)", "KB", .. conversions.Select(c => $"share of {c.Name}: {c.Timing}")];
        var table = new Table().AddColumns(columns);
        var met = new bool[conversions.Count];
        Array.Fill(met, true);
        foreach (var (name, timing, bytes) in renderings)
        {
            var shares = conversions.Select(c => timing.CpuMilliseconds / c.Timing.CpuMilliseconds).ToList();
            for (var i = 0; i < shares.Count; i++)
            {
                met[i] &= shares[i] < Goal;
            }

            table.AddRow([name, timing.ToString(), (bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture),
                .. shares.Select(s => (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %")]);
        }

        console.Write(table);
        console.MarkupLineInterpolated($"{runs} runs of each conversion ({modes[0].Runs} with OCR afresh) and {runs * 4} renderings, after warming each up until a round of it compiled no method.");
        for (var i = 0; i < conversions.Count; i++)
        {
            console.MarkupLineInterpolated($"goal (each page below {Goal * 100:0} % of {conversions[i].Name}): {(met[i] ? "met" : "not met")}");
        }

        return 0;

        ConversionOptions Options(FigureOcrOptions ocr) => new() { Pipeline = new PipelineOptions { FigureOcr = ocr } };
    }

    private static byte[] Preview(ConversionResult converted) =>
        HtmlPageWriter.Render(new HtmlPageSource { DocumentId = converted.DocumentId, Tei = TeiDocument.Load(converted.Tei!) });

    private static async Task<Timing> MeasureAsync<T>(int runs, Func<Task<T>> action)
    {
        // Both the conversion and the rendering are compared in their steady state: each is first run
        // in rounds of as many runs as are timed until a round compiles no method (no first call left,
        // no method still being recompiled to its optimised tier), since the compiler's work is process
        // CPU time too and would otherwise be billed to whichever is measured while it happens.
        var settled = false;
        for (var round = 0; round < MaxWarmUpRounds && !settled; round++)
        {
            var compiled = JitInfo.GetCompiledMethodCount();
            for (var i = 0; i < runs; i++)
            {
                await action().ConfigureAwait(false);
            }

            settled = round > 0 && JitInfo.GetCompiledMethodCount() == compiled;
        }

        var walls = new List<double>(runs);
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await action().ConfigureAwait(false);
            walls.Add(clock.Elapsed.TotalMilliseconds);
        }

        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
        walls.Sort();
        return new Timing(cpu, walls[walls.Count / 2], settled);
    }

    /// <summary>Process CPU time per run (all threads, the collector's included), the median wall time, and whether the warm-up settled.</summary>
    private readonly record struct Timing(double CpuMilliseconds, double WallMilliseconds, bool Settled)
    {
        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{CpuMilliseconds:0.0} ms ({WallMilliseconds:0.0}){(Settled ? "" : ", still compiling")}");
    }

    /// <summary>A fresh OCR cache for the cached mode, so the bench neither reads nor fills the user's.</summary>
    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pipeline-bench-html-" + Guid.NewGuid().ToString("N"));

        public void Dispose()
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, recursive: true);
            }
        }
    }
}

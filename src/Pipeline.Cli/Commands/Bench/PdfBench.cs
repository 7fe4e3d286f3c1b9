using System.Diagnostics;
using Pipeline.Conversion;
using Pipeline.Diagnostics;
using Pipeline.Reading.Pdf;
using Pipeline.Stages;
using Pipeline.Validation;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// Times one PDF in the same run: the PDF reader alone and the whole conversion to TEI (OCR off), each
/// on one thread and with the pages spread over workers, and <c>pdftotext</c> extracting the text of the
/// same file. After the warm-up rounds every timed round runs each measure once, in turn, so a change
/// in the machine's load falls on all of them alike; each is the median of its rounds, and the ratio to
/// pdftotext is the median of the rounds' own ratios. The bench logic lives here; the command only prints.
/// </summary>
internal sealed class PdfBench
{
    private readonly string _pdf;
    private readonly int _warmUp;
    private readonly int _runs;

    public PdfBench(string pdf, int warmUp, int runs)
    {
        _pdf = pdf;
        _warmUp = Math.Max(1, warmUp);
        _runs = Math.Max(1, runs);
    }

    /// <summary>Seconds per run (medians); the ratios are the medians of each round's conversion time over pdftotext's.</summary>
    public sealed record Result(
        int Pages,
        int Workers,
        double ReadSeconds,
        double ReadParallelSeconds,
        double ConvertSeconds,
        double ConvertParallelSeconds,
        double? PdftotextSeconds,
        double? Ratio,
        double? ParallelRatio,
        string? Problem)
    {
        /// <summary>Milliseconds and KiB allocated per conversion in each phase, one thread (<see cref="PdfBreakdown"/>).</summary>
        public IReadOnlyList<(string Phase, double Milliseconds, double Kibibytes)> Breakdown { get; init; } = [];
    }

    public async Task<Result> RunAsync(CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(_pdf, cancellationToken).ConfigureAwait(false);
        int pages;
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes))
        {
            pages = pdf.NumberOfPages;
        }

        var workers = PdfPages.Workers(pages, PdfLayoutReader.MaxPageWorkers);
        var folder = Path.Combine(Path.GetTempPath(), $"pipeline-bench-pdf-{Environment.ProcessId}");
        var document = Path.Combine(folder, "seed-essay");
        var images = Path.Combine(folder, "images");
        Directory.CreateDirectory(document);
        var sequentialReader = new PdfReader(images, pageWorkers: 1);
        using var sequential = new DocumentConverter([sequentialReader], PipelineStages.Default, new TeiValidator());
        using var parallel = new DocumentConverter([new PdfReader(images, pageWorkers: PdfLayoutReader.MaxPageWorkers)], PipelineStages.Default, new TeiValidator());
        try
        {
            File.Copy(_pdf, Path.Combine(document, "document.pdf"), overwrite: true);
            var oneThread = new PdfLayoutReader(images, pageWorkers: 1);
            var spread = new PdfLayoutReader(images, pageWorkers: PdfLayoutReader.MaxPageWorkers);
            var options = new ConversionOptions { Pipeline = new() { FigureOcr = new() { Enabled = false } } };
            string? problem = null;
            async Task ConvertWith(DocumentConverter converter)
            {
                var result = await converter.ConvertAsync(document, options, cancellationToken).ConfigureAwait(false);
                problem ??= result.Tei is null ? "the conversion failed: " + string.Join("; ", result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(3)) : null;
            }

            var output = Path.Combine(folder, "pdftotext.txt");
            var measures = new List<Func<Task>>
            {
                async () => await oneThread.ReadAsync("seed-essay", document, bytes, new DiagnosticBag("seed-essay"), cancellationToken).ConfigureAwait(false),
                async () => await spread.ReadAsync("seed-essay", document, bytes, new DiagnosticBag("seed-essay"), cancellationToken).ConfigureAwait(false),
                () => ConvertWith(sequential),
                () => ConvertWith(parallel),
            };
            try
            {
                await PdftotextAsync(output, cancellationToken).ConfigureAwait(false);
                measures.Add(() => PdftotextAsync(output, cancellationToken));
            }
            catch (System.ComponentModel.Win32Exception)
            {
                problem ??= "pdftotext is not installed (Debian poppler-utils)";
            }

            var seconds = await TimeAsync(measures).ConfigureAwait(false);
            double? pdftotext = seconds.Length > 4 ? Median(seconds[4]) : null;
            double? ratio = seconds.Length > 4 ? Median([.. seconds[2].Zip(seconds[4], (c, p) => c / p)]) : null;
            double? parallelRatio = seconds.Length > 4 ? Median([.. seconds[3].Zip(seconds[4], (c, p) => c / p)]) : null;
            var breakdown = await PdfBreakdown.MeasureAsync(bytes, document, images, _warmUp, _runs, cancellationToken).ConfigureAwait(false);
            return new Result(pages, workers, Median(seconds[0]), Median(seconds[1]), Median(seconds[2]), Median(seconds[3]), pdftotext, ratio, parallelRatio, problem)
            {
                Breakdown = breakdown,
            };
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Warm-up rounds, then timed rounds that run every measure once in turn: each measure's seconds by round.</summary>
    private async Task<double[][]> TimeAsync(IReadOnlyList<Func<Task>> measures)
    {
        for (var i = 0; i < _warmUp; i++)
        {
            foreach (var measure in measures)
            {
                await measure().ConfigureAwait(false);
            }
        }

        var seconds = measures.Select(_ => new double[_runs]).ToArray();
        for (var round = 0; round < _runs; round++)
        {
            for (var m = 0; m < measures.Count; m++)
            {
                var clock = Stopwatch.StartNew();
                await measures[m]().ConfigureAwait(false);
                seconds[m][round] = clock.Elapsed.TotalSeconds;
            }
        }

        return seconds;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private async Task PdftotextAsync(string output, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-enc", "UTF-8", _pdf, output })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
    }
}

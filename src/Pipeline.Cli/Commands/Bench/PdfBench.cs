using System.Diagnostics;
using Pipeline.Conversion;
using Pipeline.Diagnostics;
using Pipeline.Reading.Pdf;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// Times one PDF three ways in the same run, each after warm-up rounds and as the median of timed
/// rounds: the PDF reader alone, the whole conversion to TEI (OCR off) and <c>pdftotext</c>
/// extracting the text of the same file. The bench logic lives here; the command only prints.
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

    public sealed record Result(int Pages, double ReadSeconds, double ConvertSeconds, double? PdftotextSeconds, string? Problem)
    {
        /// <summary>Milliseconds per conversion in each phase, one thread (<see cref="PdfBreakdown"/>).</summary>
        public IReadOnlyList<(string Phase, double Milliseconds)> Breakdown { get; init; } = [];
    }

    public async Task<Result> RunAsync(CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(_pdf, cancellationToken).ConfigureAwait(false);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var pages = pdf.NumberOfPages;
        var folder = Path.Combine(Path.GetTempPath(), $"pipeline-bench-pdf-{Environment.ProcessId}");
        var document = Path.Combine(folder, "seed-essay");
        Directory.CreateDirectory(document);
        try
        {
            File.Copy(_pdf, Path.Combine(document, "document.pdf"), overwrite: true);
            var reader = new PdfLayoutReader(Path.Combine(folder, "images"));
            var read = await TimeAsync(async () => await reader.ReadAsync("seed-essay", document, bytes, new DiagnosticBag("seed-essay"), cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);

            using var converter = new DocumentConverter();
            var options = new ConversionOptions { Pipeline = new() { FigureOcr = new() { Enabled = false } } };
            string? problem = null;
            var convert = await TimeAsync(async () =>
            {
                var result = await converter.ConvertAsync(document, options, cancellationToken).ConfigureAwait(false);
                problem ??= result.Tei is null ? "the conversion failed: " + string.Join("; ", result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(3)) : null;
            }).ConfigureAwait(false);

            double? pdftotext = null;
            try
            {
                var output = Path.Combine(folder, "pdftotext.txt");
                pdftotext = await TimeAsync(() => PdftotextAsync(output, cancellationToken)).ConfigureAwait(false);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                problem ??= "pdftotext is not installed (Debian poppler-utils)";
            }

            var breakdown = await PdfBreakdown.MeasureAsync(bytes, document, Path.Combine(folder, "images"), _warmUp, _runs, cancellationToken).ConfigureAwait(false);
            return new Result(pages, read, convert, pdftotext, problem) { Breakdown = breakdown };
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<double> TimeAsync(Func<Task> action)
    {
        for (var i = 0; i < _warmUp; i++)
        {
            await action().ConfigureAwait(false);
        }

        var seconds = new List<double>(_runs);
        for (var i = 0; i < _runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await action().ConfigureAwait(false);
            seconds.Add(clock.Elapsed.TotalSeconds);
        }

        seconds.Sort();
        return seconds[seconds.Count / 2];
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

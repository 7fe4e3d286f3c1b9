using System.CommandLine;
using System.Globalization;
using Pipeline.Cli.CommandLine;

namespace Pipeline.Cli.Commands.Bench;

/// <summary><c>pipeline bench pdf [file]</c>: PDF reading and PDF → TEI (OCR off) beside <c>pdftotext</c> on the same file.</summary>
internal static class BenchPdfCommand
{
    public static Command Create(GlobalOptions global)
    {
        var pdf = new Argument<string>("pdf")
        {
            Description = "The PDF to time. Default: tests/fixtures/pdf/seed-essay.pdf (the seed essay typeset).",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => Path.Combine("tests", "fixtures", "pdf", "seed-essay.pdf"),
        };
        var warmUp = TypedOptions.Whole("--warm-up", "Untimed rounds before each measure. Default 10.", minimum: 0, defaultValue: 10);
        var runs = TypedOptions.Whole("--runs", "Timed rounds per measure; the median is reported. Default 15.", minimum: 1, defaultValue: 15);
        var command = new Command("pdf", "PDF reading and PDF to TEI (OCR off) of one PDF, beside pdftotext on the same file.") { pdf, warmUp, runs };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(pdf)!, parse.GetValue(warmUp) ?? 10, parse.GetValue(runs) ?? 15, global.Context(parse), cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string pdf, int warmUp, int runs, CliContext cli, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cli);
        if (!File.Exists(pdf))
        {
            await cli.Error.WriteLineAsync($"error: {pdf} does not exist; run from the repository root or name a PDF.").ConfigureAwait(false);
            return ExitCodes.CouldNotRun;
        }

        var result = await new PdfBench(pdf, warmUp, runs).RunAsync(cancellationToken).ConfigureAwait(false);
        var culture = CultureInfo.InvariantCulture;
        var output = cli.Out;
        await output.WriteLineAsync(string.Create(culture, $"pipeline bench pdf: {pdf}, {result.Pages} pages, median of {runs} rounds after {warmUp} warm-up rounds, each round every measure in turn")).ConfigureAwait(false);
        await Row("PDF reader, 1 thread", result.ReadSeconds).ConfigureAwait(false);
        await Row($"PDF reader, {result.Workers} page workers", result.ReadParallelSeconds).ConfigureAwait(false);
        await Row("PDF -> TEI (no OCR), 1 thread", result.ConvertSeconds).ConfigureAwait(false);
        await Row($"PDF -> TEI (no OCR), {result.Workers} page workers", result.ConvertParallelSeconds).ConfigureAwait(false);
        if (result.PdftotextSeconds is { } pdftotext)
        {
            await Row("pdftotext (one process)", pdftotext).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(culture, $"PDF -> TEI / pdftotext, median of the rounds' ratios: {result.Ratio:F2} on 1 thread, {result.ParallelRatio:F2} on {result.Workers} page workers (target: at most 2; {Environment.ProcessorCount} cores)")).ConfigureAwait(false);
        }

        await output.WriteLineAsync(string.Create(culture, $"where the time goes (PDF -> TEI on one thread, mean of {runs} runs, ms and KiB allocated per document):")).ConfigureAwait(false);
        foreach (var (phase, milliseconds, kibibytes) in result.Breakdown)
        {
            await output.WriteLineAsync(string.Create(culture, $"  {phase,-48} {milliseconds,8:F2} ms {kibibytes,9:F0} KiB")).ConfigureAwait(false);
        }

        await output.WriteLineAsync(string.Create(culture, $"  {"total",-48} {result.Breakdown.Sum(p => p.Milliseconds),8:F2} ms {result.Breakdown.Sum(p => p.Kibibytes),9:F0} KiB")).ConfigureAwait(false);
        if (result.Problem is { } problem)
        {
            await cli.Error.WriteLineAsync("note: " + problem).ConfigureAwait(false);
        }

        return result.Problem is null ? ExitCodes.Ok : ExitCodes.SomeNotFine;

        Task Row(string what, double seconds) =>
            output.WriteLineAsync(string.Create(culture, $"{what + ":",-42} {seconds * 1000,7:F1} ms ({seconds * 1000 / result.Pages:F2} ms per page)"));
    }
}

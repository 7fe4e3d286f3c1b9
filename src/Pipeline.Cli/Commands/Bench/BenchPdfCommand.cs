using System.Globalization;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Bench;

/// <summary><c>pipeline bench pdf [file]</c>: PDF reading and PDF → TEI (OCR off) beside <c>pdftotext</c> on the same file.</summary>
internal sealed class BenchPdfCommand : AsyncCommand<BenchPdfSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BenchPdfSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!File.Exists(settings.Pdf))
        {
            Console.Error.WriteLine($"error: {settings.Pdf} does not exist; run from the repository root or name a PDF.");
            return 1;
        }

        var result = await new PdfBench(settings.Pdf, settings.WarmUp, settings.Runs).RunAsync(cancellationToken).ConfigureAwait(false);
        var culture = CultureInfo.InvariantCulture;
        Console.Out.WriteLine(string.Create(culture, $"pipeline bench pdf: {settings.Pdf}, {result.Pages} pages, median of {settings.Runs} runs after {settings.WarmUp} warm-up rounds"));
        Console.Out.WriteLine(string.Create(culture, $"PDF reader:          {result.ReadSeconds * 1000:F1} ms ({result.ReadSeconds * 1000 / result.Pages:F2} ms per page)"));
        Console.Out.WriteLine(string.Create(culture, $"PDF -> TEI (no OCR): {result.ConvertSeconds * 1000:F1} ms ({result.ConvertSeconds * 1000 / result.Pages:F2} ms per page)"));
        if (result.PdftotextSeconds is { } pdftotext)
        {
            Console.Out.WriteLine(string.Create(culture, $"pdftotext:           {pdftotext * 1000:F1} ms ({pdftotext * 1000 / result.Pages:F2} ms per page)"));
            Console.Out.WriteLine(string.Create(culture, $"PDF -> TEI / pdftotext: {result.ConvertSeconds / pdftotext:F2} (target: at most 2)"));
        }

        if (result.Problem is { } problem)
        {
            Console.Error.WriteLine("note: " + problem);
        }

        return result.Problem is null ? 0 : 2;
    }
}

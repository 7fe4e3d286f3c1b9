using Pipeline.Conversion;
using Pipeline.Diagnostics;
using Pipeline.Reading.Pdf;
using Pipeline.Stages;
using Pipeline.Validation;
using Pipeline.Writing.Tei;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// Where a PDF → TEI conversion's time goes: the reader's own phases (PdfPig's parsing, glyphs, lines,
/// furniture, blocks …), each stage, the TEI writer and the schema validation, timed on one thread
/// over the same rounds as the bench and averaged, so the phase to work on stands out.
/// </summary>
internal static class PdfBreakdown
{
    public static async Task<IReadOnlyList<(string Phase, double Milliseconds, double Kibibytes)>> MeasureAsync(
        byte[] bytes, string folder, string imageRoot, int warmUp, int runs, CancellationToken cancellationToken)
    {
        var id = Path.GetFileName(folder);
        var reader = new PdfLayoutReader(imageRoot, pageWorkers: 1);
        var validator = new TeiValidator();
        var options = new ConversionOptions { Pipeline = new() { FigureOcr = new() { Enabled = false } } };
        var stages = PipelineStages.Default(options.Pipeline);
        var order = new List<string>();
        var totals = new Dictionary<string, (double Milliseconds, double Bytes)>(StringComparer.Ordinal);
        try
        {
            for (var round = 0; round < warmUp + runs; round++)
            {
                var clock = new PhaseClock();
                var diagnostics = new DiagnosticBag(id);
                var document = await reader.ReadAsync(id, folder, bytes, ocr: null, diagnostics, clock, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException("the PDF could not be read: " + string.Join("; ", diagnostics.Items.Take(3)));
                var context = new StageContext(diagnostics, string.Empty);
                clock.Restart();
                foreach (var stage in stages)
                {
                    document = await stage.RunAsync(document, context, cancellationToken).ConfigureAwait(false);
                    clock.Lap("stage " + stage.Name);
                }

                var tei = TeiWriter.ToBytes(document, options.Tei with { ImageBaseUrl = id + "/" });
                clock.Lap("TEI writer");
                using (var stream = new MemoryStream(tei, writable: false))
                {
                    validator.Validate(stream);
                }

                clock.Lap("schema validation");
                if (round < warmUp)
                {
                    continue;
                }

                foreach (var (phase, cost) in clock.Phases)
                {
                    if (!totals.TryGetValue(phase, out var total))
                    {
                        order.Add(phase);
                    }

                    totals[phase] = (total.Milliseconds + cost.Time.TotalMilliseconds, total.Bytes + cost.Bytes);
                }
            }
        }
        finally
        {
            foreach (var stage in stages.OfType<IDisposable>())
            {
                stage.Dispose();
            }
        }

        return [.. order.Select(phase => (phase, totals[phase].Milliseconds / runs, totals[phase].Bytes / 1024.0 / runs))];
    }
}

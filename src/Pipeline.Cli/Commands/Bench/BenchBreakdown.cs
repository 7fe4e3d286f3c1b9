using System.Diagnostics;
using Pipeline.Conversion;
using Pipeline.Diagnostics;
using Pipeline.Reading;
using Pipeline.Stages;
using Pipeline.Validation;
using Pipeline.Writing.Tei;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// Where a conversion's time goes: the documents converted one after another on one thread, each phase
/// (read, each stage, TEI writing, schema validation) timed on its own, so the slow phase stands out.
/// Documents go through whole, one at a time, as in a real run: timing a phase over a batch of
/// documents held in memory would charge it for collecting all of them.
/// </summary>
internal static class BenchBreakdown
{
    public static async Task<IReadOnlyList<(string Phase, double MillisecondsPerDocument)>> MeasureAsync(
        IReadOnlyList<string> documentFolders, ConversionOptions options, CancellationToken cancellationToken)
    {
        var reader = new ScrapedTextReader();
        var validator = new TeiValidator();
        var stages = PipelineStages.Default(options.Pipeline);
        var names = new List<string> { "read file", "reader" };
        names.AddRange(stages.Select(StageName));
        names.AddRange(["TEI writer", "TEI writer with schema check", "schema validation"]);
        var totals = new double[names.Count];
        try
        {
            // One untimed pass first, so what stages load on first use (the dictionaries) is not counted.
            foreach (var (folder, timed) in documentFolders.Take(1).Select(f => (f, false)).Concat(documentFolders.Select(f => (f, true))))
            {
                var clock = Stopwatch.StartNew();
                var phase = 0;
                void Lap()
                {
                    if (timed)
                    {
                        totals[phase] += clock.Elapsed.TotalMilliseconds;
                    }

                    phase++;
                    clock.Restart();
                }

                var id = Path.GetFileName(folder);
                var text = await File.ReadAllTextAsync(Path.Combine(folder, "document.md"), cancellationToken).ConfigureAwait(false);
                Lap();
                var diagnostics = new DiagnosticBag(id);
                var document = reader.Read(id, folder, text, diagnostics);
                var context = new StageContext(diagnostics, text);
                Lap();
                foreach (var stage in stages)
                {
                    document = await stage.RunAsync(document, context, cancellationToken).ConfigureAwait(false);
                    Lap();
                }

                var teiOptions = options.Tei with { ImageBaseUrl = document.Id + "/" };
                var tei = TeiWriter.ToBytes(document, teiOptions);
                Lap();

                // The converter's way: the check while writing; the re-parse below runs only when it does not pass.
                TeiWriter.ToBytes(document, teiOptions, validator.StartCheck());
                Lap();
                using (var stream = new MemoryStream(tei, writable: false))
                {
                    validator.Validate(stream);
                }

                Lap();
            }
        }
        finally
        {
            foreach (var stage in stages.OfType<IDisposable>())
            {
                stage.Dispose();
            }
        }

        return [.. names.Select((name, i) => (name, totals[i] / documentFolders.Count))];
    }

    private static string StageName(IStage stage)
    {
        var name = stage.GetType().Name;
        return name.EndsWith("Stage", StringComparison.Ordinal) ? name[..^"Stage".Length] : name;
    }
}

using System.Diagnostics;
using Pipeline.Conversion;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading;
using Pipeline.Stages;
using Pipeline.Validation;
using Pipeline.Writing.Tei;

namespace Pipeline.Cli.Commands.Bench;

/// <summary>
/// Where a conversion's CPU goes: each phase (read, stages, TEI writing, schema validation) run over the
/// same documents on one thread, timed by the process's CPU clock, so the slow phase stands out.
/// </summary>
internal static class BenchBreakdown
{
    public static async Task<IReadOnlyList<(string Phase, double CpuMillisecondsPerDocument)>> MeasureAsync(
        IReadOnlyList<string> documentFolders, ConversionOptions options, CancellationToken cancellationToken)
    {
        var phases = new List<(string, double)>();
        var count = documentFolders.Count;
        var texts = new List<(string Id, string Folder, string Text)>(count);
        phases.Add(("read file", await TimeAsync(count, async () =>
        {
            foreach (var folder in documentFolders)
            {
                var text = await File.ReadAllTextAsync(Path.Combine(folder, options.DocumentFileName), cancellationToken).ConfigureAwait(false);
                texts.Add((Path.GetFileName(folder), folder, text));
            }
        }).ConfigureAwait(false)));

        var reader = new ScrapedTextReader();
        var documents = new List<(Document Document, StageContext Context)>(count);
        phases.Add(("reader", await TimeAsync(count, () =>
        {
            foreach (var (id, folder, text) in texts)
            {
                var diagnostics = new DiagnosticBag(id);
                var document = reader.Read(id, folder, text, diagnostics);
                documents.Add((document, new StageContext(diagnostics, text.Split('\n'))));
            }

            return Task.CompletedTask;
        }).ConfigureAwait(false)));

        // Stage by stage over all documents, so each stage's cost is read off on its own; each stage
        // first runs once untimed, so what it loads on first use (the dictionaries) is not counted.
        var stages = PipelineStages.Default(options.Pipeline);
        foreach (var stage in stages)
        {
            var (first, firstContext) = documents[0];
            await stage.RunAsync(first, firstContext, cancellationToken).ConfigureAwait(false);
            phases.Add((StageName(stage), await TimeAsync(count, async () =>
            {
                for (var i = 0; i < documents.Count; i++)
                {
                    var (document, context) = documents[i];
                    documents[i] = (await stage.RunAsync(document, context, cancellationToken).ConfigureAwait(false), context);
                }
            }).ConfigureAwait(false)));
        }

        foreach (var stage in stages.OfType<IDisposable>())
        {
            stage.Dispose();
        }

        var tei = new List<byte[]>(count);
        phases.Add(("TEI writer", await TimeAsync(count, () =>
        {
            foreach (var (document, _) in documents)
            {
                tei.Add(TeiWriter.ToBytes(document, options.Tei with { ImageBaseUrl = document.Id + "/" }));
            }

            return Task.CompletedTask;
        }).ConfigureAwait(false)));

        var validator = new TeiValidator();
        phases.Add(("schema validation", await TimeAsync(count, () =>
        {
            foreach (var bytes in tei)
            {
                using var stream = new MemoryStream(bytes, writable: false);
                validator.Validate(stream);
            }

            return Task.CompletedTask;
        }).ConfigureAwait(false)));

        return phases;
    }

    private static string StageName(IStage stage)
    {
        var name = stage.GetType().Name;
        return name.EndsWith("Stage", StringComparison.Ordinal) ? name[..^"Stage".Length] : name;
    }

    private static async Task<double> TimeAsync(int count, Func<Task> phase)
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        await phase().ConfigureAwait(false);
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds / count;
    }
}

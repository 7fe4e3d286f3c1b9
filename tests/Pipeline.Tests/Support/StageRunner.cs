using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading;
using Pipeline.Stages;

namespace Pipeline.Tests.Support;

/// <summary>Reads a text with the real reader and runs real stages over it, as a conversion would.</summary>
public static class StageRunner
{
    /// <summary>Reads <paramref name="text"/> and runs <paramref name="stages"/> in order.</summary>
    public static async Task<(Document Document, DiagnosticBag Diagnostics)> ReadAndRunAsync(
        string text,
        string sourceDirectory,
        params IStage[] stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var diagnostics = new DiagnosticBag("test");
        var document = new ScrapedTextReader().Read("test", sourceDirectory, text, diagnostics);
        var context = new StageContext(diagnostics, SeedVariants.Lines(text));
        foreach (var stage in stages)
        {
            document = await stage.RunAsync(document, context, CancellationToken.None);
        }

        return (document, diagnostics);
    }

    /// <summary>Reads <paramref name="text"/> without running any stage.</summary>
    public static (Document Document, DiagnosticBag Diagnostics) Read(string text, string sourceDirectory = "")
    {
        var diagnostics = new DiagnosticBag("test");
        return (new ScrapedTextReader().Read("test", sourceDirectory, text, diagnostics), diagnostics);
    }
}

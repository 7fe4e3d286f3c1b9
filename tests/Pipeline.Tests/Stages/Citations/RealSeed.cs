using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading;
using Pipeline.Stages;
using Pipeline.Stages.Citations;
using Pipeline.Stages.Footnotes;
using Pipeline.Stages.PageFurniture;
using Pipeline.Stages.PageRepair;
using Pipeline.Stages.Structure;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>
/// Reads a seed text (the real one or a variant) with the real reader and the stages that run before
/// citations, then runs the citation stage and keeps the document before and after it.
/// </summary>
internal static class RealSeed
{
    public static async Task<(Document Input, CitationOutcome Outcome, DiagnosticBag Diagnostics)> RunAsync(string text)
    {
        var diagnostics = new DiagnosticBag("seed-essay");
        var document = new ScrapedTextReader().Read("seed-essay", SeedFiles.SeedDirectory, text, diagnostics);
        var context = new StageContext(diagnostics, SeedVariants.Lines(text));
        IStage[] before = [new PageFurnitureStage(), new PageRepairStage(), new FootnoteStage(), new StructureStage()];
        foreach (var stage in before)
        {
            document = await stage.RunAsync(document, context, CancellationToken.None);
        }

        var citations = new DiagnosticBag("seed-essay");
        return (document, CitationStage.Structure(document, citations), citations);
    }

    /// <summary>The seed text with the line of note <paramref name="note"/> replaced by <paramref name="markdown"/>.</summary>
    public static string WithNote(int note, string markdown) => WithNote(SeedFiles.SeedText, note, markdown);

    /// <summary><paramref name="text"/> with the line of note <paramref name="note"/> replaced by <paramref name="markdown"/>.</summary>
    public static string WithNote(string text, int note, string markdown)
    {
        var lines = text.Split('\n');
        var prefix = $"<sup>{note}</sup> ";
        var index = Array.FindIndex(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));
        lines[index] = prefix + markdown;
        return string.Join('\n', lines);
    }
}

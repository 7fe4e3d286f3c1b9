using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pipeline.Conversion;
using Pipeline.Diagnostics;
using Pipeline.Stages;
using Pipeline.Stages.Dehyphenation;
using Pipeline.Stages.FigureOcr;
using Pipeline.Stages.Footnotes;
using Pipeline.Stages.PageFurniture;
using Pipeline.Tests.Batch;
using Pipeline.Tests.Support;
using Pipeline.Writing;
using Pipeline.Writing.Html;
using Pipeline.Writing.Tei;

namespace Pipeline.Tests.Writing.Html;

/// <summary>
/// Each kind of diagnostic an editor checks, made on purpose in a hard-wrapped seed with running heads
/// and page numbers: a note whose call-out is gone, a made-up word hyphenated at a line end, the
/// dropped running heads, and the seed's own unlinked references. Every one with a line is shown in
/// the page at the element it names, and listed in the panel.
/// </summary>
public sealed partial class DiagnosticKindsPageTests
{
    private const string MadeUpLeft = "zorb";
    private const string MadeUpRight = "wintle";

    [Fact]
    public async Task HandMadeDocument_EveryKind_IsFlaggedAtItsElement()
    {
        var (page, placed) = await RenderAsync();

        var orphan = Single(placed, FootnoteCodes.OrphanNote);
        // The footnote stage keeps the note's text as a paragraph where the note stood.
        var kept = Flagged(page, orphan);
        Assert.Equal("P", kept.TagName);
        Assert.Contains("Polly Jones", kept.TextContent, StringComparison.Ordinal);

        var uncertain = Single(placed, DehyphenationCodes.Uncertain);
        Assert.Contains(MadeUpLeft + MadeUpRight, Flagged(page, uncertain).TextContent, StringComparison.Ordinal);

        var unlinked = placed.Where(p => p.Diagnostic.Code == "citation-unresolved").ToList();
        Assert.NotEmpty(unlinked);
        Assert.All(unlinked, p => Assert.Equal("note-" + NoteLabel().Match(p.Diagnostic.Message).Groups[1].Value, p.Anchor));
        Assert.All(unlinked, p => Flagged(page, p));

        var heads = placed.Where(p => p.Diagnostic.Code == PageFurnitureCodes.RunningHeadRemoved).ToList();
        Assert.NotEmpty(heads);
        Assert.All(heads, p => Flagged(page, p));
    }

    [Fact]
    public async Task HandMadeDocument_EveryDiagnosticWithALine_IsPlaced_AndEveryOneIsInThePanel()
    {
        var (page, placed) = await RenderAsync();

        Assert.All(placed.Where(p => p.Diagnostic.Line > 0), p => Assert.True(p.Anchor is not null, $"{p.Diagnostic}: {p.Unplaced}"));
        var rows = page.QuerySelectorAll("#diagnostics tbody tr");
        Assert.Equal(placed.Length, rows.Length);
        var counts = page.QuerySelector("#diagnostics .counts")!.TextContent;
        Assert.Contains($"{placed.Count(p => p.Anchor is not null)} shown at their place in the text", counts, StringComparison.Ordinal);
    }

    private static PlacedDiagnostic Single(ImmutableArray<PlacedDiagnostic> placed, string code) =>
        Assert.Single(placed, p => p.Diagnostic.Code == code);

    /// <summary>The element the diagnostic is placed at, after checking that it carries the diagnostic's flag.</summary>
    private static IElement Flagged(IDocument page, PlacedDiagnostic placed)
    {
        Assert.True(placed.Anchor is not null, $"{placed.Diagnostic}: {placed.Unplaced}");
        var element = page.GetElementById(placed.Anchor!);
        Assert.NotNull(element);
        Assert.Contains(element.Children, child => child.ClassList.Contains("flag")
            && child.QuerySelector("a")?.TextContent == placed.Diagnostic.Code);
        return element;
    }

    private static async Task<(IDocument Page, ImmutableArray<PlacedDiagnostic> Placed)> RenderAsync()
    {
        using var folder = new TempFolder();
        var input = folder.Combine("hand-made");
        Directory.CreateDirectory(input);
        await File.WriteAllTextAsync(Path.Combine(input, "document.md"), HandMade(), new UTF8Encoding(false));
        var options = new ConversionOptions
        {
            Pipeline = new PipelineOptions { FigureOcr = new FigureOcrOptions { Enabled = false } },
            Writers = DocumentWriters.WithHtml(),
        };
        using var converter = new DocumentConverter();
        var result = await converter.ConvertAsync(input, options, CancellationToken.None);

        // A note without call-out is an error, so the converter writes nothing; the writers are run on
        // the converted model here to see how the page would show it.
        Assert.Equal([FootnoteCodes.OrphanNote], result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Code));
        var teiBytes = new TeiDocumentWriter().Write(new WriterInput(result.Document!, options.Tei, null, result.Diagnostics));
        var tei = TeiDocument.Load(teiBytes);
        var placed = DiagnosticPlacement.Place(result.Document!, result.Diagnostics, HtmlDocumentWriter.BodyParagraphs(tei));
        var html = new HtmlDocumentWriter().Write(new WriterInput(result.Document!, options.Tei, teiBytes, result.Diagnostics));
        var page = await new HtmlParser().ParseDocumentAsync(Encoding.UTF8.GetString(html));
        return (page, placed);
    }

    /// <summary>
    /// The hard-wrapped seed with note 1's call-out removed and a word no dictionary knows split over
    /// the next line end of the same paragraph.
    /// </summary>
    private static string HandMade()
    {
        var lines = SeedVariants.HardWrap(SeedFiles.SeedText).Text.Split('\n');
        var call = Array.FindIndex(lines, line => line.Contains("<sup>1</sup>", StringComparison.Ordinal) && !line.StartsWith("<sup>1</sup>", StringComparison.Ordinal));
        Assert.True(call >= 0);
        lines[call] = lines[call].Replace("<sup>1</sup>", "", StringComparison.Ordinal);
        var split = Enumerable.Range(call, lines.Length - call - 1)
            .First(i => !lines[i].EndsWith('-') && lines[i + 1].Length > 0 && !lines[i + 1].StartsWith('<') && char.IsLower(lines[i + 1][0]));
        lines[split] = lines[split].TrimEnd() + " " + MadeUpLeft + "-";
        lines[split + 1] = MadeUpRight + " " + lines[split + 1];
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^Note (\d+):")]
    private static partial Regex NoteLabel();
}

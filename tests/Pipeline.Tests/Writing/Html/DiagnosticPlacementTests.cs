using System.Text.RegularExpressions;
using Pipeline.Conversion;
using Pipeline.Diagnostics;
using Pipeline.Tests.Support;
using Pipeline.Writing.Html;

namespace Pipeline.Tests.Writing.Html;

/// <summary>Diagnostics mapped to page elements by the model's source spans, on the seed's real diagnostics.</summary>
public sealed partial class DiagnosticPlacementTests
{
    [Fact]
    public async Task Place_Seed_PutsEveryNoteDiagnosticAtItsNote()
    {
        var (result, paragraphs) = await ConvertSeedAsync();

        var placed = DiagnosticPlacement.Place(result.Document!, result.Diagnostics, paragraphs);

        var aboutNotes = placed.Where(p => NoteMessage().IsMatch(p.Diagnostic.Message)).ToList();
        Assert.NotEmpty(aboutNotes);
        Assert.All(aboutNotes, p => Assert.Equal("note-" + NoteMessage().Match(p.Diagnostic.Message).Groups[1].Value, p.Anchor));
    }

    [Fact]
    public async Task Place_Seed_PutsPageJoinsAtTheJoinedBlock_NotAtANoteOfThePageBreak()
    {
        var (result, paragraphs) = await ConvertSeedAsync();

        var placed = DiagnosticPlacement.Place(result.Document!, result.Diagnostics, paragraphs);

        var paragraphJoins = placed.Where(p => p.Diagnostic.Code == "pagerepair.paragraph-joined").ToList();
        Assert.Equal(13, paragraphJoins.Count);
        Assert.All(paragraphJoins, p => Assert.StartsWith("p-", p.Anchor, StringComparison.Ordinal));
        Assert.Equal(paragraphJoins.Count, paragraphJoins.Select(p => p.Anchor).Distinct().Count());
        Assert.All(placed.Where(p => p.Diagnostic.Code == "pagerepair.note-continued"), p => Assert.StartsWith("note-", p.Anchor, StringComparison.Ordinal));
        Assert.All(placed.Where(p => p.Diagnostic.Line == 0), p => Assert.Equal("concerns the whole document", p.Unplaced));
    }

    [Fact]
    public async Task Place_ParagraphCountsDiffer_PlacesNoDiagnosticAtAParagraph()
    {
        var (result, paragraphs) = await ConvertSeedAsync();

        var placed = DiagnosticPlacement.Place(result.Document!, result.Diagnostics, paragraphs + 1);

        Assert.DoesNotContain(placed, p => p.Anchor?.StartsWith("p-", StringComparison.Ordinal) == true);
        Assert.All(placed.Where(p => NoteMessage().IsMatch(p.Diagnostic.Message)), p => Assert.StartsWith("note-", p.Anchor, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Place_LineNoElementHolds_GoesJustBeforeTheNextElement()
    {
        var (result, paragraphs) = await ConvertSeedAsync();
        var beforeEverything = new Diagnostic("test.dropped", Severity.Info, "seed-essay", 1, "a dropped running head");

        var placed = Assert.Single(DiagnosticPlacement.Place(result.Document!, [beforeEverything], paragraphs));

        Assert.True(placed.Near);
        Assert.NotNull(placed.Anchor);
    }

    private static async Task<(ConversionResult Result, int Paragraphs)> ConvertSeedAsync()
    {
        using var converter = new DocumentConverter();
        var result = await converter.ConvertAsync(SeedFiles.SeedDirectory, new ConversionOptions(), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (result, HtmlDocumentWriter.BodyParagraphs(TeiDocument.Load(result.Tei!)));
    }

    [GeneratedRegex(@"^Note (\d+):")]
    private static partial Regex NoteMessage();
}

using FsCheck;
using FsCheck.Xunit;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Stages;
using Pipeline.Stages.Citations;

namespace Pipeline.Tests.Stages.Citations;

public sealed class CitationRobustnessTests
{
    [Fact]
    public async Task RunAsync_EmptyDocument_ReturnsItWithASummary()
    {
        var document = new Document { Id = "empty", SourceDirectory = "." };
        var bag = new DiagnosticBag(document.Id);

        var result = await new CitationStage().RunAsync(document, new StageContext(bag, []), CancellationToken.None);

        Assert.Empty(result.Blocks);
        Assert.Contains(bag.Items, d => d.Code == "citation-summary");
    }

    [Fact]
    public void Structure_EntryWithoutTitle_IsReportedAndLeftUnstructured()
    {
        var entry = new BibliographyEntry("bibl-x", [new Text("Some words with no title at all.")], null, new SourceSpan(5, 5, 1));
        var document = new Document
        {
            Id = "bad",
            SourceDirectory = ".",
            Blocks = [new Division(DivisionKind.Bibliography, "bibliography", null, [entry], new SourceSpan(5, 5, 1))],
        };
        var bag = new DiagnosticBag(document.Id);

        var outcome = CitationStage.Structure(document, bag);

        Assert.Contains(bag.Items, d => d.Code == "citation-entry-unparsed" && d.Line == 5);
        Assert.Null(SeedDocument.Entries(outcome.Document)[0].Parts);
        Assert.Equal(new[] { "bibl-x" }, outcome.Report.UncitedEntries.ToArray());
    }

    /// <summary>Whatever a note says, structuring it never changes its words and never throws.</summary>
    [Property(MaxTest = 300)]
    public bool Structure_AnyNoteText_KeepsTheText(NonNull<string> text, bool italicTitle)
    {
        var markdown = italicTitle ? "Ann Author, *" + text.Get.Replace("*", string.Empty, StringComparison.Ordinal) + "* (London: Press, 2001): 3. " + text.Get : text.Get;
        var note = new Note("1", "note-1", [new Paragraph(MarkdownInlines.Inlines(markdown), new SourceSpan(1, 1, 1))]);
        var document = new Document
        {
            Id = "fuzz",
            SourceDirectory = ".",
            Blocks = [new Paragraph([new Text("Body."), note], new SourceSpan(1, 1, 1))],
        };

        var outcome = CitationStage.Structure(document, new DiagnosticBag(document.Id));

        var after = SeedDocument.Notes(outcome.Document).Single();
        return CitationQueries.NotePlain(after) == CitationQueries.NotePlain(note);
    }
}

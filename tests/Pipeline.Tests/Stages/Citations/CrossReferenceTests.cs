using Pipeline.Diagnostics;

namespace Pipeline.Tests.Stages.Citations;

public sealed class CrossReferenceTests(SeedCitations seed) : IClassFixture<SeedCitations>
{
    [Theory]
    [InlineData(29, "appendix-1")]
    [InlineData(37, "appendix-2")]
    public void Structure_SeeAppendix_LinksTheAppendix(int note, string target)
    {
        var link = Assert.Single(CitationQueries.CrossReferences(seed.Note(note)));

        Assert.Equal(target, link.TargetId);
        Assert.StartsWith("Appendix ", CitationQueries.Plain(link.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void Structure_SeeNoteOfAnotherWork_IsNotLinked()
    {
        Assert.Empty(CitationQueries.CrossReferences(seed.Note(54)));
        Assert.Contains(seed.Diagnostics.Items, d => d.Code == "citation-crossref-external" && d.Line == 207 && d.Message.Contains("Note 54", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Structure_SeeNoteOfThisDocument_LinksTheNote()
    {
        var (_, outcome, _) = await RealSeed.RunAsync(RealSeed.WithNote(31, "For the source see note 12."));

        var note = SeedDocument.Notes(outcome.Document).Single(n => n.Label == "31");
        var link = Assert.Single(CitationQueries.CrossReferences(note));
        Assert.Equal("note-12", link.TargetId);
        Assert.Equal("note 12", CitationQueries.Plain(link.Content));
    }

    [Fact]
    public async Task Structure_SeeAppendixThatDoesNotExist_IsReportedNotLinked()
    {
        var (_, outcome, diagnostics) = await RealSeed.RunAsync(RealSeed.WithNote(31, "See Appendix 7."));

        Assert.Empty(CitationQueries.CrossReferences(SeedDocument.Notes(outcome.Document).Single(n => n.Label == "31")));
        Assert.Contains(diagnostics.Items, d => d.Code == "citation-crossref-missing" && d.Severity == Severity.Warning);
    }
}

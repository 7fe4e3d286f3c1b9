using Pipeline.Diagnostics;
using Pipeline.Stages.Citations;

namespace Pipeline.Tests.Stages.Citations;

public sealed class CitationReportTests(SeedCitations seed) : IClassFixture<SeedCitations>
{
    [Fact]
    public void Structure_Seed_CountsReferencesAndResolutions()
    {
        // 51 notes cite something; notes 5, 13 and 50 cite two works each.
        Assert.Equal(54, seed.Report.ReferencesFound);
        Assert.Equal(52, seed.Report.Resolved);
        Assert.Equal(["2", "3"], seed.Report.Unresolved.Select(u => u.Note));
        Assert.All(seed.Report.Unresolved, u => Assert.False(u.WeakMatch));
        Assert.Equal(2, seed.Report.CrossReferences);
    }

    [Fact]
    public void Structure_Seed_ReportsWorksMissingFromTheBibliography()
    {
        var missing = seed.Report.MissingFromBibliography;

        Assert.Equal(2, missing.Length);
        Assert.Contains("Secret Speech", missing[0].Description, StringComparison.Ordinal);
        Assert.Equal(new[] { "2" }, missing[0].Notes.ToArray());
        Assert.Contains("On Overcoming the Cult of the Individual", missing[1].Description, StringComparison.Ordinal);
        Assert.Equal(new[] { "3" }, missing[1].Notes.ToArray());
    }

    [Fact]
    public void Structure_Seed_ReportsUncitedEntries()
    {
        var expected = new[]
        {
            seed.EntryId("Stalingrad Name Changed", "1961"),
            seed.EntryId("Dobson", "2011"),
            seed.EntryId("Salisbury", "1956"),
        };

        Assert.Equal(expected, seed.Report.UncitedEntries.ToArray());
    }

    [Fact]
    public void Structure_Seed_WarnsOnlyForTheUnlinkedReferencesWithNoteAndLine()
    {
        var warnings = seed.Diagnostics.Items.Where(d => d.Severity >= Severity.Warning).ToList();

        Assert.Equal(2, warnings.Count);
        Assert.Equal([21, 23], warnings.Select(w => w.Line));
        Assert.All(warnings, w => Assert.Equal("citation-unresolved", w.Code));
        Assert.StartsWith("Note 2:", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains(seed.Diagnostics.Items, d => d.Code == "citation-summary" && d.Message.Contains("54 references", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_StructuredSeed_GivesTheStagesReport()
    {
        var summary = CitationStage.Summarize(seed.Output);

        Assert.Equal(
            (seed.Report.ReferencesFound, seed.Report.Resolved, seed.Report.EntriesStructured, seed.Report.CrossReferences),
            (summary.ReferencesFound, summary.Resolved, summary.EntriesStructured, summary.CrossReferences));
        Assert.Equal(seed.Report.Unresolved.ToArray(), summary.Unresolved.ToArray());
        Assert.Equal(seed.Report.UncitedEntries.ToArray(), summary.UncitedEntries.ToArray());
        Assert.Equal(seed.Report.MissingFromBibliography.Select(m => m.Description), summary.MissingFromBibliography.Select(m => m.Description));
    }

    [Fact]
    public void Summarize_DocumentBeforeTheStage_FindsNothing()
    {
        var summary = CitationStage.Summarize(seed.Input);

        Assert.Equal(0, summary.ReferencesFound);
        Assert.Equal(0, summary.EntriesStructured);
        Assert.Equal(34, summary.UncitedEntries.Length);
    }
}

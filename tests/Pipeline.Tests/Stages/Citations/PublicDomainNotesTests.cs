using Pipeline.Tests.Support;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>
/// The notes of buildings-1 (US public domain, from the development corpus's citation gold, in the
/// seed's scrape format: tests/fixtures/citations/buildings-1.md): 96 real footnotes with ibid,
/// op. cit., "Hereafter cited as" and no bibliography. Not one word of a note may change, and the
/// repeats are linked note to note.
/// </summary>
public sealed class PublicDomainNotesTests
{
    private static string Fixture => File.ReadAllText(Path.Combine(SeedFiles.RepositoryRoot, "tests", "fixtures", "citations", "buildings-1.md"));

    [Fact]
    public async Task Structure_Buildings1_KeepsEveryNoteWordForWord()
    {
        var (input, outcome, diagnostics) = await RealSeed.RunAsync(Fixture);

        Assert.DoesNotContain(diagnostics.Items, d => d.Code == "citation-text-changed");
        var before = SeedDocument.Notes(input);
        var after = SeedDocument.Notes(outcome.Document);
        Assert.Equal(96, after.Length);
        Assert.Equal(before.Select(CitationQueries.NotePlain), after.Select(CitationQueries.NotePlain));
    }

    [Theory]
    [InlineData(2, "1")] // *Ibid.,* III, 392.
    [InlineData(10, "1")] // *Journals,* I, 102. (announced in note 1)
    [InlineData(15, "5")] // Fortenbaugh, *op. cit.,* p. 22. (named in note 5's sentence)
    [InlineData(18, "17")] // *Ibid.,* p. 232.
    public async Task Structure_Buildings1_RepeatReachesTheNoteOfTheWork(int note, string target)
    {
        var (_, outcome, _) = await RealSeed.RunAsync(Fixture);
        var notes = SeedDocument.Notes(outcome.Document);
        var sameAs = CitationQueries.References(notes.Single(n => n.Label == note.ToString(System.Globalization.CultureInfo.InvariantCulture)))[0].Parts.SameAs;

        Assert.Equal(target, notes.Single(n => CitationQueries.References(n).Any(r => r.Parts.Id == sameAs)).Label);
    }
}

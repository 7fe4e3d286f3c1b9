using Pipeline.Model;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>How the seed's notes are cut into commentary and references, on the real note texts.</summary>
public sealed class NoteStructureTests(SeedCitations seed) : IClassFixture<SeedCitations>
{
    [Fact]
    public void Structure_EveryNoteAndEntry_KeepsItsTextExactly()
    {
        var before = SeedDocument.Notes(seed.Input);
        var after = SeedDocument.Notes(seed.Output);

        Assert.Equal(before.Length, after.Length);
        for (var i = 0; i < before.Length; i++)
        {
            Assert.Equal(CitationQueries.NotePlain(before[i]), CitationQueries.NotePlain(after[i]));
        }

        var entriesBefore = SeedDocument.Entries(seed.Input);
        var entriesAfter = SeedDocument.Entries(seed.Output);
        for (var i = 0; i < entriesBefore.Length; i++)
        {
            Assert.Equal(CitationQueries.Plain(entriesBefore[i].Content), CitationQueries.Plain(entriesAfter[i].Content));
        }
    }

    [Theory]
    [InlineData(2, "“Khrushchev’s Secret Speech, ‘On the Cult")]
    [InlineData(3, "Press Office of the U.S.S.R. Embassy, On Overcoming")]
    [InlineData(8, "Jones, The Dilemmas of De-Stalinisation, 3")]
    [InlineData(11, "Donald Filtzer, The Khrushchev Era")]
    [InlineData(12, "Juliane Fürst, 'Introduction")]
    [InlineData(18, "Isaac Deutscher, 'The Beria Affair,'")]
    [InlineData(24, "Jones, The Dilemmas of De-Stalinisation, 2")]
    [InlineData(38, "Jones, Myth, Memory, Trauma, 2")]
    [InlineData(46, "Stephen F. Cohen, Rethinking")]
    [InlineData(47, "Joseph S. Nye Jr., The Paradox")]
    public void Structure_ReferenceAfterCommentaryOrQuotation_StartsAtTheAuthorOrTitle(int note, string start)
    {
        var reference = CitationQueries.References(seed.Note(note))[0];

        Assert.StartsWith(start, CitationQueries.Plain(reference.Content), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, "Robert C. Tucker", "Herman Achminow")]
    [InlineData(13, "Elena Zubkova", "Jörg Baberowski")]
    [InlineData(50, "François Furet", "Aron Raymond")]
    public void Structure_NoteWithTwoReferences_FindsBoth(int note, string first, string second)
    {
        var references = CitationQueries.References(seed.Note(note));

        Assert.Equal(2, references.Length);
        Assert.StartsWith(first, CitationQueries.Plain(references[0].Content), StringComparison.Ordinal);
        Assert.StartsWith(second, CitationQueries.Plain(references[1].Content), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(31)]
    [InlineData(42)]
    public void Structure_PureCommentary_HasNoReference(int note) =>
        Assert.Empty(CitationQueries.References(seed.Note(note)));

    [Fact]
    public void Structure_ChapterInBook_LabelsArticleBookEditorAndImprint()
    {
        var reference = CitationQueries.References(seed.Note(6))[0];
        var kinds = CitationQueries.Fields(reference.Content).Select(f => f.Kind);

        Assert.Equal(
            [BibFieldKind.Author, BibFieldKind.ArticleTitle, BibFieldKind.MonographTitle, BibFieldKind.Editor, BibFieldKind.PubPlace, BibFieldKind.Publisher, BibFieldKind.Date, BibFieldKind.Pages],
            kinds);
        Assert.Equal("Shukman", reference.Parts.Editors.Single().Surname);
        Assert.Equal("Frank Cass Publishers", reference.Parts.Publisher);
    }

    [Fact]
    public void Structure_JournalArticle_LabelsJournalVolumeIssue()
    {
        var achminow = CitationQueries.References(seed.Note(5))[1].Parts;

        Assert.Equal(("A Decade of de-Stalinization", "Studies on the Soviet Union", "5", "3", "1965", "11–20"), (achminow.ArticleTitle, achminow.JournalTitle, achminow.Volume, achminow.Issue, achminow.Date, achminow.Pages));
    }

    [Theory]
    [InlineData(2, "http://digitalarchive.wilsoncenter.org/document/115995")]
    [InlineData(3, "https://archive.org/details/OnOvercomingCultIndividual/mode/1up")]
    [InlineData(51, "https://www.theatlantic.com/magazine/archive/2000/03/the-future-did-not-work/378081/")]
    public void Structure_ReferenceWithUrl_HoldsTheLink(int note, string url)
    {
        var reference = Assert.Single(CitationQueries.References(seed.Note(note)));

        Assert.Equal(new[] { url }, reference.Parts.Urls.ToArray());
        Assert.Contains(reference.Content, i => i is Link l && l.Target == url);
    }

    [Fact]
    public void Structure_ItalicTitle_KeepsItsItalicInsideTheField()
    {
        var reference = CitationQueries.References(seed.Note(10))[0];
        var title = Assert.Single(CitationQueries.Fields(reference.Content), f => f.Kind == BibFieldKind.MonographTitle);

        var styled = Assert.IsType<Styled>(Assert.Single(title.Content));
        Assert.Equal(TextStyle.Italic, styled.Style);
    }
}

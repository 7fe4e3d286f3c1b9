using Pipeline.Model.Citations;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>
/// The gold table: for each of the seed's 55 notes, the bibliography entries it cites (by author and
/// year, the keys a reader of the bibliography would use) and the pages, worked out by hand from
/// the notes and the bibliography. "-" marks a work the bibliography does not list.
/// </summary>
public sealed class CitationGoldTests(SeedCitations seed) : IClassFixture<SeedCitations>
{
    public static readonly TheoryData<int, string> Gold = new()
    {
        { 1, "Jones 2006 | 2" },
        { 2, "- | 9389–9403" },
        { 3, "- |" },
        { 4, "Jones 2006 | 15" },
        { 5, "Tucker 1971 | 173–202 ; Achminow 1965 | 11–20" },
        { 6, "Jones 2003 | 127" },
        { 7, "Jones 2006 | 3" },
        { 8, "Jones 2006 | 3" },
        { 9, "Jones 2006 | 2-4" },
        { 10, "Applebaum 2003 | 458" },
        { 11, "Filtzer 1993 | 41-48" },
        { 12, "Fürst 2006 | 1-4" },
        { 13, "Zubkova 2003 | 279 ; Baberowski 2009 | 219" },
        { 14, "Fitzpatrick 1985 | 151-152" },
        { 15, "Tucker 1971 | 174" },
        { 16, "Jones 2013 | 4" },
        { 17, "Medvedev 1982 | 68-69" },
        { 18, "Deutscher 1955 |" },
        { 19, "Brus 1975 | 112-121" },
        { 20, "Medvedev 1977 | 19" },
        { 21, "Taubman 2003 | 279" },
        { 22, "Medvedev 1982 | 87-88" },
        { 23, "Taubman 2003 | 271" },
        { 24, "Jones 2006 | 2" },
        { 25, "Filtzer 1993 | 18" },
        { 26, "Filtzer 1993 | 15" },
        { 27, "Dobson 2009 | 110" },
        { 28, "Taubman 2003 | 273-274" },
        { 29, "" },
        { 30, "Taubman 2003 | 296-297" },
        { 31, "" },
        { 32, "Gati 2006 |" },
        { 33, "Dobson 2009 | 5" },
        { 34, "Dobson 2009 | 3" },
        { 35, "Viola 2013 | 1-23" },
        { 36, "Ivanovna 2000 | 118" },
        { 37, "" },
        { 38, "Jones 2013 | 2" },
        { 39, "Rothberg 1972 | 57" },
        { 40, "Jones 2006 | 4" },
        { 41, "Simonov 1955 |" },
        { 42, "" },
        { 43, "Medvedev 1982 | 134-136" },
        { 44, "Solzhenitsyn 1963 | 4" },
        { 45, "Van Herpen 2016 | 19" },
        { 46, "Cohen 1986 | 93" },
        { 47, "Nye 2002 | 8" },
        { 48, "Van Herpen 2016 | 69" },
        { 49, "Reid 2005 | 195" },
        { 50, "Furet 1999 | 361 ; Raymond 1970 |" },
        { 51, "Getty 2000 |" },
        { 52, "Jones 2006 | 2-4" },
        { 53, "Jones 2006 | 13" },
        { 54, "Dundovich 2004 | 194" },
        { 55, "Viola 2013 | 3" },
    };

    [Theory]
    [MemberData(nameof(Gold))]
    public void Structure_SeedNote_MatchesGoldTable(int note, string gold)
    {
        var expected = Expected(gold);
        var references = CitationQueries.References(seed.Note(note));

        Assert.Equal(expected.Count, references.Length);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].EntryId, references[i].Parts.BibliographyId);
            Assert.Equal(expected[i].Pages, references[i].Parts.Pages);
        }
    }

    [Fact]
    public void Structure_SeedNotes_AllFiftyFiveNotesCovered()
    {
        Assert.Equal(55, SeedDocument.Notes(seed.Output).Length);
        Assert.Equal(Enumerable.Range(1, 55), Gold.Select(row => (int)row[0]));
    }

    [Theory]
    [InlineData(9, 8)]
    [InlineData(26, 25)]
    [InlineData(34, 33)]
    [InlineData(53, 52)]
    public void Structure_Ibid_TakesThePrecedingNotesWorkWithItsOwnPages(int ibidNote, int precedingNote)
    {
        var ibid = Assert.Single(CitationQueries.References(seed.Note(ibidNote)));
        var preceding = CitationQueries.References(seed.Note(precedingNote))[^1];

        Assert.Equal(ReferenceForm.Ibid, ibid.Parts.Form);
        Assert.NotNull(ibid.Parts.BibliographyId);
        Assert.Equal(preceding.Parts.BibliographyId, ibid.Parts.BibliographyId);
        Assert.NotEqual(preceding.Parts.Pages, ibid.Parts.Pages);
    }

    [Fact]
    public void Structure_MedvedevShortForm_IsTheSingleAuthored1982Book()
    {
        var alone = seed.EntryId("Medvedev", "1982");
        var brothers = seed.EntryId("Medvedev", "1977");

        Assert.NotEqual(alone, brothers);
        foreach (var note in new[] { 22, 43 })
        {
            var reference = Assert.Single(CitationQueries.References(seed.Note(note)));
            Assert.Equal(ReferenceForm.Short, reference.Parts.Form);
            Assert.Equal(alone, reference.Parts.BibliographyId);
        }

        Assert.Equal(brothers, Assert.Single(CitationQueries.References(seed.Note(20))).Parts.BibliographyId);
    }

    private List<(string? EntryId, string? Pages)> Expected(string gold) =>
        [.. gold.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Row)];

    private (string? EntryId, string? Pages) Row(string row)
    {
        var parts = row.Split('|', StringSplitOptions.TrimEntries);
        var pages = parts[1].Length == 0 ? null : parts[1];
        if (parts[0] == "-")
        {
            return (null, pages);
        }

        var year = parts[0][^4..];
        var surname = parts[0][..^5];
        return (seed.EntryId(surname, year), pages);
    }
}

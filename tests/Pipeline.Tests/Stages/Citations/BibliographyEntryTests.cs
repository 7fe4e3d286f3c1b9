using Pipeline.Model;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>
/// Each of the 34 bibliography entries, structured by hand: its authors' surnames, its titles with
/// their level (a = article or chapter, m = book, j = journal or newspaper) and its date.
/// </summary>
public sealed class BibliographyEntryTests(SeedCitations seed) : IClassFixture<SeedCitations>
{
    public static readonly TheoryData<int, string, string, string> Entries = new()
    {
        { 0, "", "a=Stalingrad Name Changed|j=The New York Times Archives", "1961" },
        { 1, "Achminow", "a=A Decade of de-Stalinization|j=Studies on the Soviet Union", "1965" },
        { 2, "Applebaum", "m=Gulag: A History of the Soviet Camps", "2003" },
        { 3, "Baberowski;Doering-Manteuffel", "a=The Quest for Order and the Pursuit of Terror|m=Beyond Totalitarianism: Stalinism and Nazism Compared", "2009" },
        { 4, "Brus", "m=Socialist Ownership and Political Systems", "1975" },
        { 5, "Cohen", "m=Rethinking the Soviet Experience: Politics and History since 1917", "1986" },
        { 6, "Deutscher", "a=The Beria Affair|m=Heretics and Renegades and Other Essays", "1955" },
        { 7, "Dobson", "a=The Post-Stalin Era: de-Stalinization, daily life, and dissent|j=Kritika: Explorations in Russian and Eurasian History", "2011" },
        { 8, "Dobson", "m=Khrushchev’s Cold Summer: Gulag Returnees, Crime, and the Fate of Reform after Stalin", "2009" },
        { 9, "Dundovich", "a=Khrushchev: Contemporary Perspectives in the Western Press|m=Europe, Cold War and Coexistence, 1953-65", "2004" },
        { 10, "Filtzer", "m=The Khrushchev Era: de-Stalinisation and the Limits of Reform in the USSR, 1953 – 1964", "1993" },
        { 11, "Fitzpatrick", "a=Postwar Soviet Society: The 'Return to Normalcy,' 1945-1953|m=The Impact of World War II on the Soviet Union", "1985" },
        { 12, "Furet", "m=The Passing of an Illusion: The Idea of Communism in the Twentieth Century", "1999" },
        { 13, "Fürst", "a=Introduction – Late Stalinist society: History, Policies and People|m=Late Stalinist Russia: Society between Reconstruction and Reinvention", "2006" },
        { 14, "Gati", "a=Fifty years later|j=The Hungarian Quarterly", "2006" },
        { 15, "Getty", "a=The Future did not work|j=The Atlantic", "2000" },
        { 16, "Ivanovna", "m=Labor Camp Socialism: The Gulag in the Soviet Totalitarian System", "2000" },
        { 17, "Jones", "a=From Stalinism to Post-Stalinism: De-Mythologising Stalin, 1953-56|m=Redefining Stalinism", "2003" },
        { 18, "Jones", "m=Myth, Memory, Trauma: Rethinking the Stalinist Past in the Soviet Union, 1953-70", "2013" },
        { 19, "Jones", "m=The Dilemmas of De-Stalinisation: Negotiating Cultural and Social Change in the Khrushchev Era", "2006" },
        { 20, "Medvedev;Medvedev", "m=Khrushchev: The Years in Power", "1977" },
        { 21, "Medvedev", "m=Khrushchev", "1982" },
        { 22, "Nye", "m=The Paradox of American Power: Why the World's Only Superpower Can't Go It Alone", "2002" },
        { 23, "Raymond", "m=Democracy and Totalitarianism: A Theory of Political Systems", "1970" },
        { 24, "Reid", "a=François Furet and the Future of a Disillusionment|j=The European Legacy", "2005" },
        { 25, "Rothberg", "m=The Heirs of Stalin: Dissidence and the Soviet Regime: 1953-1970", "1972" },
        { 26, "Salisbury", "a=KHRUSHCHEV TALK ON STALIN BARES DETAILS OF RULE BASED ON TERROR; CHARGES PLOT FOR KREMLIN PURGES; U.S. ISSUES A TEXT Dead Dictator Painted as Savage, Half-Mad and Power-Crazed Khrushchev Discusses Delay Speech Adds Much Detail STALIN DEPICTED AS SAVAGE DESPOT Korean War Data Awaited Many Officers Liquidated Revelations by Khrushchev 'Leningrad Affair' Recalled 'Doctors' Plot Laid to Stalin|j=The New York Times Archives", "1956" },
        { 27, "Solzhenitsyn", "m=One Day in the Life of Ivan Denisovich", "1963" },
        { 28, "Simonov;Ehrenburg", "a=The Argument on the Thaw|j=Soviet Studies", "1955" },
        { 29, "Taubman", "m=Khrushchev: The Man and His Era", "2003" },
        { 30, "Tucker", "m=The Soviet Political Mind: Stalinism and Post-Stalin Change", "1971" },
        { 31, "Van Herpen", "m=Putin's Propaganda Machine: Soft Power and Russian Foreign Policy", "2016" },
        { 32, "Viola", "a=The Question of the Perpetrator in Soviet History|j=Slavic Review", "2013" },
        { 33, "Zubkova", "a=The Postwar Years: Russia after the War: Hopes, Illusions, and Disappointments|m=Stalinism: The Essential Readings", "2003" },
    };

    [Theory]
    [MemberData(nameof(Entries))]
    public void Structure_SeedEntry_HasAuthorsTitlesAndDate(int index, string authors, string titles, string date)
    {
        var entry = SeedDocument.Entries(seed.Output)[index];
        var parts = Assert.IsType<Pipeline.Model.Citations.BibliographicReference>(entry.Parts);
        var expectedTitles = titles.Split('|').Select(t => t.Split('=', 2)).ToDictionary(t => t[0], t => t[1]);
        var fields = CitationQueries.Fields(entry.Content);

        Assert.Equal(authors.Split(';', StringSplitOptions.RemoveEmptyEntries), parts.Authors.Select(a => a.Surname));
        Assert.Equal(expectedTitles.GetValueOrDefault("a"), parts.ArticleTitle);
        Assert.Equal(expectedTitles.GetValueOrDefault("m"), parts.MonographTitle);
        Assert.Equal(expectedTitles.GetValueOrDefault("j"), parts.JournalTitle);
        Assert.Equal(date, parts.Date);

        // The same parts are marked in the entry's own words.
        Assert.Equal(parts.Authors.Length, fields.Count(f => f.Kind == BibFieldKind.Author));
        Assert.Equal(date, CitationQueries.Plain(Assert.Single(fields, f => f.Kind == BibFieldKind.Date).Content));
        foreach (var (level, kind) in new[] { ("a", BibFieldKind.ArticleTitle), ("m", BibFieldKind.MonographTitle), ("j", BibFieldKind.JournalTitle) })
        {
            Assert.Equal(expectedTitles.ContainsKey(level) ? 1 : 0, fields.Count(f => f.Kind == kind));
        }
    }

    [Fact]
    public void Structure_SeedBibliography_HasThirtyFourEntriesAllStructured()
    {
        var entries = SeedDocument.Entries(seed.Output);

        Assert.Equal(34, entries.Length);
        Assert.All(entries, e => Assert.NotNull(e.Parts));
        Assert.Equal(34, seed.Report.EntriesStructured);
    }

    [Fact]
    public void Structure_ChapterEntries_NameTheirEditors()
    {
        var entries = SeedDocument.Entries(seed.Output);

        Assert.Equal(["Geyer", "Fitzpatrick"], entries[3].Parts!.Editors.Select(e => e.Surname));
        Assert.Equal(["Hoffmann"], entries[33].Parts!.Editors.Select(e => e.Surname));
        Assert.Equal("1-19", entries[13].Parts!.Pages);
        Assert.Equal(("5", "3", "11-20"), (entries[1].Parts!.Volume, entries[1].Parts!.Issue, entries[1].Parts!.Pages));
    }
}

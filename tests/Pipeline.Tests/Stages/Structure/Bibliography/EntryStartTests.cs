using Pipeline.Stages.Structure.Bibliography;
using Pipeline.Stages.Structure.Front;

namespace Pipeline.Tests.Stages.Structure.Bibliography;

/// <summary>Spec tables: which printed lines open a bibliography entry, and which may close one.</summary>
public sealed class EntryStartTests
{
    private static readonly FrontVocabulary English = FrontVocabulary.English;

    [Theory]
    [InlineData("Hart, Maria Lopez. Homes of the Department. Boston: Beacon, 1998.", true)]
    [InlineData("Okafor, C. N. “Ledgers and Lives.” Journal of Accounts 4 (2001): 1–9.", true)]
    [InlineData("Lindqvist, Ann and Brandt, Peter. Harbour Towns. Oslo, 1987.", true)]
    [InlineData("Moreau, J.-P., and Ellen Price. Two Rivers. Paris: Seuil, 2004.", true)]
    [InlineData("van der Berg, Hanna. Canals. Leiden, 1990.", true)]
    [InlineData("Keller, Tom, Ada Brook, Sam Ives, Una Moss, Lee Grant, and", true)]
    [InlineData("———. A Second Book by the Same Author. London, 1999.", true)]
    [InlineData("Oxford, New York, Toronto: Oxford University Press, 1986.", false)]
    [InlineData("Armonk, New York: M. E. Sharpe, 2000.", false)]
    [InlineData("Salisbury, UK: Hobnob Press, 2010.", false)]
    [InlineData("Cambridge University Press, 2000.", false)]
    [InlineData("Coexistence, 1953-65, edited by Ann Lowe. London: Cass, 2004.", false)]
    [InlineData("In Smith, John, ed. Collected Papers. Leeds, 1970.", false)]
    [InlineData("Harbour Records Bibliography, Water Resources Archive, State University", false)]
    [InlineData("and Eurasian History, vol. 12, no. 4 (2011): 905-924.", false)]
    public void IsAuthorHeading_AtALineStart(string line, bool expected) =>
        Assert.Equal(expected, EntryStart.IsAuthorHeading(line, 0, lineStart: true, English));

    [Theory]
    [InlineData("Keller, Tom, Ada Brook, Sam Ives, Una Moss, Lee Grant, and", false)]
    [InlineData("Brus, Adam. Socialist Ownership. London, 1975.", true)]
    public void IsAuthorHeading_InsideALine_NeedsAFullStop(string text, bool expected) =>
        Assert.Equal(expected, EntryStart.IsAuthorHeading(text, 0, lineStart: false, English));

    [Theory]
    [InlineData("Agricultural Extension Board. Annual Report. Tallahassee, 1931.", true)]
    [InlineData("Harbour Gazette (Portland, ME). “Ships in Port.” May 2, 1911.", true)]
    [InlineData("St. Albans Messenger (St. Albans, VT). “Fair Week.” June 4, 1915.", true)]
    [InlineData("“Canal Name Changed”. 1961. In The Daily Record Archives.", true)]
    [InlineData("Department of Agriculture, 1939.", false)]
    [InlineData("Pedagogy. West Lafayette: Parlor Press, 2010.", false)]
    [InlineData("University of Florida, Florida State College for Women, and United States", false)]
    // Statutes and cases by their name and code or reporter citation; a number in prose after the comma is none.
    [InlineData("First Harbour Act, 7 U.S.C. § 301 (1862). https://www.example.org/doc.php?doc=33.", true)]
    [InlineData("Harbour Trust Act of 1914, 38 Stat. 372 (1914).", true)]
    [InlineData("Harbour Board v. Lind, 347 U.S. 483 (1954).", true)]
    [InlineData("Harbour Act, 7 of its clauses struck out (1862).", false)]
    [InlineData("Harbour Act, 1862, and the amendments of 1887.", false)]
    public void IsOtherHeading_CorporateAuthorsAndQuotedTitles(string line, bool expected) =>
        Assert.Equal(expected, EntryStart.IsOtherHeading(line, English));

    [Theory]
    [InlineData("Boston: Beacon, 1998.", true)]
    [InlineData("“Ledgers and Lives.”", true)]
    [InlineData("Available at: https://example.org/records/1961/canal.html", true)]
    [InlineData("11/11/archives/canal-name-changed.html", true)]
    [InlineData("Available at: https://www.", false)]
    [InlineData("https://example.org/geo/", false)]
    [InlineData("Cambridge, New", false)]
    [InlineData("Journal of Accounts 4 (2001):", false)]
    public void EndsEntry_AFullStopOrACompleteUrl(string line, bool expected) =>
        Assert.Equal(expected, EntryStart.EndsEntry(line));

    [Theory]
    [InlineData("1916. Harbour Archive. http://archive.example.org/records/1916-11-15/ed-1/seq1/pdf.", true)]
    [InlineData("https://doi.org/10.1017/CBO9780511665004", true)]
    [InlineData("1916. Harbour Archive. http://archive.example.org/records/1916-11-15/ed-1/seq-", false)]
    [InlineData("Boston: Beacon, 1998.", false)]
    public void EndsInUrl_AWholeLinkLast(string line, bool expected) =>
        Assert.Equal(expected, EntryStart.EndsInUrl(line));
}

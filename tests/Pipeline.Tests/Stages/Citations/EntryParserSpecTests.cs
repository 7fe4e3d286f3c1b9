using Pipeline.Stages.Citations;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>
/// The bibliography entry parser, as a table: an entry (the scrape's Markdown) → its form, words and
/// labelled fields, or nothing when the entry cannot be read with confidence. Hand-made entries, with
/// and without italics, as the PDF reader gives them when a font's style is lost.
/// </summary>
public sealed class EntryParserSpecTests
{
    [Theory]
    // Italic and quoted titles, as before.
    [InlineData("Brann, Oskar. *Harbour Towns of the North Sea*. Leeds: Calder Press, 1931.", "Full|Brann, Oskar. Harbour Towns of the North Sea. Leeds: Calder Press, 1931|Author=Oskar Brann;MonographTitle=Harbour Towns of the North Sea;PubPlace=Leeds;Publisher=Calder Press;Date=1931")]
    // Plain titles: the names to the first full stop, the title to the next, then the imprint.
    [InlineData("Brann, Oskar. Harbour Towns of the North Sea. Leeds: Calder Press, 1931.", "Full|Brann, Oskar. Harbour Towns of the North Sea. Leeds: Calder Press, 1931|Author=Oskar Brann;MonographTitle=Harbour Towns of the North Sea;PubPlace=Leeds;Publisher=Calder Press;Date=1931")]
    [InlineData("Ruiz, Ann. Salt Roads: Coastal Trade since 1800. Calder Press, 2009.", "Full|Ruiz, Ann. Salt Roads: Coastal Trade since 1800. Calder Press, 2009|Author=Ann Ruiz;MonographTitle=Salt Roads: Coastal Trade since 1800;Publisher=Calder Press;Date=2009")]
    // The names end at an initial, or hold one before "and".
    [InlineData("Marsh, A. One Day on the Docks. New York: Signet, 1963.", "Full|Marsh, A. One Day on the Docks. New York: Signet, 1963|Author=A. Marsh;MonographTitle=One Day on the Docks;PubPlace=New York;Publisher=Signet;Date=1963")]
    [InlineData("Quint, Mara S. and Tobias Quint. Tides: A History. Boston: Harbor Press, 2010.", "Full|Quint, Mara S. and Tobias Quint. Tides: A History. Boston: Harbor Press, 2010|Author=Mara S. Quint;Author=Tobias Quint;MonographTitle=Tides: A History;PubPlace=Boston;Publisher=Harbor Press;Date=2010")]
    // A body as author.
    [InlineData("Coastal Extension Service. Annual Report, 1923. Gainesville: State College, 1923.", "Full|Coastal Extension Service. Annual Report, 1923. Gainesville: State College, 1923|Author=Coastal Extension Service;MonographTitle=Annual Report, 1923;PubPlace=Gainesville;Publisher=State College;Date=1923")]
    // A title opened by a right single quote, as some fonts give it.
    [InlineData("Gray, Ellen. ’The Salt Roads’. In *Harbours*. Boston: Harbor Press, 2005.", "Full|Gray, Ellen. ’The Salt Roads’. In Harbours. Boston: Harbor Press, 2005|Author=Ellen Gray;ArticleTitle=The Salt Roads;MonographTitle=Harbours;PubPlace=Boston;Publisher=Harbor Press;Date=2005")]
    // No full stop after a plain title: the imprint after its last comma ends it (titles hold commas too).
    [InlineData("Lind, Ivo. Mills, Looms, Towns: The Coast, 1850-70, Calder University Press, 2011.", "Full|Lind, Ivo. Mills, Looms, Towns: The Coast, 1850-70, Calder University Press, 2011|Author=Ivo Lind;MonographTitle=Mills, Looms, Towns: The Coast, 1850-70;Publisher=Calder University Press;Date=2011")]
    [InlineData("Ruiz, Ann. Salt and Empire: A Theory of Trade, Leeds: Marsh and Lowe, 1970.", "Full|Ruiz, Ann. Salt and Empire: A Theory of Trade, Leeds: Marsh and Lowe, 1970|Author=Ann Ruiz;MonographTitle=Salt and Empire: A Theory of Trade;PubPlace=Leeds;Publisher=Marsh and Lowe;Date=1970")]
    public void Parse_Entry(string entry, string expected)
    {
        var parsed = EntryParser.Parse(NoteReferenceParserSpecTests.Flat(entry));

        Assert.NotNull(parsed);
        Assert.Equal(expected, NoteReferenceParserSpecTests.Describe(entry, parsed));
    }

    [Theory]
    // A title first (no author), or no imprint to close a plain title: nothing is guessed.
    [InlineData("Report of the Harbour Commission. Boston: Harbor Press, 1917.")]
    [InlineData("Smith, John. A note on the harbour, written for friends and never printed.")]
    [InlineData("Harbour towns were many. Most were small, 1900.")]
    // After the last comma neither a place and publisher nor a publisher's name: the title's end is not known.
    [InlineData("Lind, Ivo. Mills, Looms, Towns, Harbours, 1970.")]
    [InlineData("Lind, Ivo. Mills and Looms, Calder and Lowe, 1970.")]
    public void Parse_EntryWithoutConfidentParts_IsLeftUnstructured(string entry) =>
        Assert.Null(EntryParser.Parse(NoteReferenceParserSpecTests.Flat(entry)));

    [Theory]
    [InlineData("Coastal Extension Service", true)]
    [InlineData("Office of Indian Affairs", true)]
    [InlineData("The Commission on Country Life", true)]
    [InlineData("Oskar Brann", false)]
    [InlineData("Brann, Oskar", false)]
    [InlineData("Service", false)]
    public void PersonNames_Body_IsAnOrganisation(string name, bool organisation) =>
        Assert.Equal(organisation, PersonNames.Parse(name, inverted: true).IsOrganisation);
}

using Pipeline.Reading.Layout;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>
/// mutool prints a page in two columns block by block, a blank line between: the left column's
/// body, its foot, the right column's body, its foot. Where the body resumes after a foot.
/// </summary>
public sealed class BlockFootTests
{
    /// <summary>A body of short lines, a blank line, and the first lines of a note set in smaller (longer) lines.</summary>
    private const string StateHouseFoot =
        "The state house stands on a rise in the\n" +
        "centre of the town, where the streets\n" +
        "meet in a circle round its lawns. Its\n" +
        "history goes back to the colony's days.1\n" +
        "\n" +
        "1 The following sources were consulted in describing the State\n" +
        "House: the town's magazine of those years, the annals of the town\n";

    private static Dictionary<string, string> Notes(Pipeline.Model.Document document) =>
        document.Blocks.OfType<FootnoteText>().ToDictionary(n => n.Label, n => ModelText.Plain(n.Content));

    private static string Body(Pipeline.Model.Document document) => string.Join(" | ", TextReading.Paragraphs(document));

    [Fact]
    public void NoteCutMidSentence_RunsToTheLineThatEndsIt_WhenABlankLineFollowsThatLine()
    {
        const string text =
            "The Court House was erected in the year the town\n" +
            "was laid out. Its cupola was like the one at the\n" +
            "Court House in the county seat to the west.1\n" +
            "\n" +
            "1 Information for this and the following two paragraphs was\n" +
            "provided by the Historical Researcher of the county's society,\n" +
            "in a letter to the author, July 7, 1975.\n" +
            "\n" +
            "It was while the Congress sat in the town that\n" +
            "it passed the articles, though they were not to\n" +
            "become effective until the states ratified them.2\n" +
            "The members left at the end of June for the city.\n" +
            "\n" +
            "2 Journals, XI, 641.\n\f";

        var document = TextReading.Read(text);

        Assert.Equal(["1", "2"], TextReading.Calls(document));
        Assert.Equal(
            "Information for this and the following two paragraphs was provided by the Historical Researcher of the county's society, in a letter to the author, July 7, 1975.",
            Notes(document)["1"]);
        Assert.Contains("It was while the Congress sat", Body(document), StringComparison.Ordinal);
        Assert.DoesNotContain("Historical Researcher", Body(document), StringComparison.Ordinal);
        Assert.DoesNotContain("end of June", Notes(document)["1"], StringComparison.Ordinal);
    }

    [Fact]
    public void BlockWithoutCallOutsAfterTheFoot_IsBody_WhenItsLinesAreAsShortAsTheBodys()
    {
        const string text = StateHouseFoot +
            "printed in the next century, the society's papers on its buildings,\n" +
            "and the record of the hall of records for the same years, passim.\n" +
            "\n" +
            "when the assembly voted the money for a\n" +
            "new building on the site of the old one.\n" +
            "The cornerstone was laid two years later\n" +
            "and the assembly met in it eight years on.\n" +
            "The dome was torn down and replaced by\n" +
            "another, finished inside ten years later.\n\f";

        var document = TextReading.Read(text);

        Assert.Equal(["1"], TextReading.Calls(document));
        Assert.EndsWith("for the same years, passim.", Notes(document)["1"], StringComparison.Ordinal);
        Assert.Contains("when the assembly voted the money", Body(document), StringComparison.Ordinal);
    }

    [Fact]
    public void BlockWithoutCallOutsAfterTheFoot_StaysWithTheNote_WhenItsLinesAreAsLongAsTheFoots()
    {
        const string text = StateHouseFoot +
            "printed in the next century, the society's papers on its buildings.\n" +
            "\n" +
            "The hall of records holds the papers of the commission, which met\n" +
            "in the building through the years of its repair and kept minutes\n" +
            "of each meeting; they are cited here from the hall's own copies\n" +
            "and from the printed abstracts of the commission's reports, passim.\n\f";

        var document = TextReading.Read(text);

        Assert.EndsWith("the commission's reports, passim.", Notes(document)["1"], StringComparison.Ordinal);
        Assert.DoesNotContain("hall of records", Body(document), StringComparison.Ordinal);
    }

    [Fact]
    public void NoteLineEndingInALocatorWord_GoesOnToTheNumber()
    {
        const string text =
            "Fraunces wrote that he had served the general in the menial office\n" +
            "of cook, without any pay or perquisite whatsoever.1 Exactly when he\n" +
            "opened the tavern again is not known.\n" +
            "\n" +
            "1 MS. Department of State, Continental Congress Papers, No.\n" +
            "41, III, 292-295, memorial of Fraunces to Congress dated at\n" +
            "New York, March 5, 1785.\n" +
            "\n" +
            "founding of the chamber of commerce, a dinner given by the\n" +
            "governor to the general, and the general's farewell to his\n" +
            "officers in the long room.2 By the next century the building\n" +
            "had lost its colonial look.\n" +
            "\n" +
            "2 Ibid., p. 22.\n\f";

        var document = TextReading.Read(text);

        Assert.Equal(["1", "2"], TextReading.Calls(document));
        Assert.EndsWith("dated at New York, March 5, 1785.", Notes(document)["1"], StringComparison.Ordinal);
        Assert.Contains("founding of the chamber of commerce", Body(document), StringComparison.Ordinal);
    }
}

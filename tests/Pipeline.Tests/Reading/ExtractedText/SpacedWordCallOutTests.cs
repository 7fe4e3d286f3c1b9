using Pipeline.Diagnostics;
using Pipeline.Reading.ExtractedText;
using Pipeline.Reading.Layout;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>
/// A call-out justified type sets off with spaces after a word (<c>ad interim 63 until</c>), taken
/// only where the numbering leaves it no other place; quantities, days and enumerations stay text.
/// </summary>
public sealed class SpacedWordCallOutTests
{
    private const string Foot =
        "1 Journals, XXVI, 49-50.\n" +
        "2 Ibid., p. 192.\n" +
        "3 Journals, XXVI, 122.\n\f";

    [Fact]
    public void ANumberAfterAWord_BetweenTheCallOutsOfTheNotesAroundIt_IsTheCallOutDue()
    {
        var document = TextReading.Read(
            "The papers of the Department remained locked and inaccessible,1 and\n" +
            "the President of Congress acted as Secretary ad interim 2 until March 2, 1784,\n" +
            "when Congress elected an under secretary to take charge of the papers.3\n" +
            Foot);

        Assert.Equal(["1", "2", "3"], TextReading.Calls(document));
        Assert.Contains("acted as Secretary ad interim until March 2, 1784,", string.Join(" | ", TextReading.Paragraphs(document)), StringComparison.Ordinal);
    }

    [Theory]
    // The note has a call-out of its own elsewhere: the number after a word is a quantity.
    [InlineData("the President had 2 clerks and acted as Secretary ad interim.2 Until March 2, 1784,", ".3", "1 2 3", "had 2 clerks")]
    // No call-out of the next note follows: nothing in the numbering asks for this one.
    [InlineData("the President of Congress acted as Secretary ad interim 2 until March 2, 1784,", ".", "1", "interim 2 until")]
    // Two such numbers for the note: an enumeration or a quantity, not a call-out.
    [InlineData("acted for 2 years: first ad interim 2 until March 2, 1784, and then again,", ".3", "1 3", "interim 2 until")]
    public void ANumberAfterAWord_TheNumberingDoesNotDemand_StaysText(string line, string end, string calls, string kept)
    {
        var document = TextReading.Read(
            "The papers of the Department remained locked and inaccessible,1 and\n" + line + "\n" +
            "when Congress elected an under secretary to take charge of the papers" + end + "\n" + Foot);

        Assert.Equal(calls, string.Join(' ', TextReading.Calls(document)));
        Assert.Contains(kept, string.Join(" | ", TextReading.Paragraphs(document)), StringComparison.Ordinal);
    }

    [Fact]
    public void ACallOutSpacedAfterAWord_InBuildings1_IsNote63()
    {
        var text = File.ReadAllText(Path.Combine(SeedFiles.RepositoryRoot, "tests", "fixtures", "text", "buildings-1.pdftotext.txt"));
        var diagnostics = new DiagnosticBag("buildings-1");

        var document = new ExtractedTextReader().Read("buildings-1", "", text, diagnostics);

        Assert.Contains("63", TextReading.Calls(document));
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == "read.text-call-out-missing");
        Assert.Contains(document.Blocks.OfType<FootnoteText>(), n => n.Label == "63");
    }
}

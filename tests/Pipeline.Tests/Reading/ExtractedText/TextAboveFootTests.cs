using Pipeline.Diagnostics;
using Pipeline.Reading.ExtractedText;
using Pipeline.Reading.Layout;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>
/// A note's text pdftotext printed above the foot of a two-column page, its number standing alone
/// further down, under the end of the previous page's open note.
/// </summary>
public sealed class TextAboveFootTests
{
    private const string FirstPage =
        "The committee met in the hall of the college.1 Its members\n" +
        "wrote often to their friends abroad and at home.2\n" +
        "\n" +
        "1 Ibid., p. 11.\n" +
        "2 Charles Francis Adams, ed., The Works of John Adams\n\f";

    private static string SecondPage(string above) =>
        "The house stood on the corner of the square.3 It was\n" +
        "rented to the committee for three months.5 The clerk\n" +
        "kept the minutes.4 A bill for the rent was paid\n" +
        "in the spring of the next year.6\n" +
        "\n" +
        above +
        "4 Ibid., p. 14.\n" +
        "5 Ibid., p. 15.\n" +
        "3\n" +
        "\n" +
        "6 Edward\n" +
        "\n" +
        "M. Riley, Independence Hall (Washington, 1954), p. 4.\n\f";

    [Fact]
    public void ABlockAboveTheFoot_EndsTheOpenNote_AndIsTheTextOfTheBareNumber()
    {
        var diagnostics = new DiagnosticBag("test");

        var document = new ExtractedTextReader().Read("test", "", FirstPage + SecondPage("(Boston, 1850), vol. II, 365.\nJournal, I, 13.\n"), diagnostics);

        var notes = document.Blocks.OfType<FootnoteText>().ToDictionary(n => n.Label, n => ModelText.Plain(n.Content));
        Assert.Equal("Journal, I, 13.", notes["3"]);
        Assert.Equal("Edward M. Riley, Independence Hall (Washington, 1954), p. 4.", notes["6"]);
        Assert.Equal("(Boston, 1850), vol. II, 365.", ModelText.Plain(document.Blocks.OfType<FootnoteContinuation>().Single().Content));
        Assert.DoesNotContain(TextReading.Paragraphs(document), p => p.Contains("Boston", StringComparison.Ordinal));
    }

    /// <summary>Three sentences above the foot for one bare number and the open note: not the class; the block is not read as notes.</summary>
    [Fact]
    public void ABlockWithMorePiecesThanTheNumbersWaiting_IsNotTaken()
    {
        var document = TextReading.Read(FirstPage + SecondPage("The rent was paid.\n(Boston, 1850), vol. II, 365.\nJournal, I, 13.\n"));

        var notes = document.Blocks.OfType<FootnoteText>().ToDictionary(n => n.Label, n => ModelText.Plain(n.Content));
        Assert.NotEqual("Journal, I, 13.", notes.GetValueOrDefault("3"));
        Assert.Contains(TextReading.Paragraphs(document), p => p.Contains("The rent was paid.", StringComparison.Ordinal));
    }

    /// <summary>buildings-1 page 2: note 8's text above the foot, note 7's end above it; page 3 then reads right too.</summary>
    [Fact]
    public void Buildings1Pages2And3_NotesAndTheBodyBlockBetweenTheFeet()
    {
        var text = File.ReadAllText(Path.Combine(SeedFiles.RepositoryRoot, "tests", "fixtures", "text", "buildings-1.pdftotext.txt"));

        var document = new ExtractedTextReader().Read("buildings-1", "", text, new DiagnosticBag("buildings-1"));

        var notes = document.Blocks.OfType<FootnoteText>().ToDictionary(n => n.Label, n => ModelText.Plain(n.Content));
        Assert.Equal("Journal, I, 13.", notes["8"]);
        Assert.StartsWith("Edward M. Riley, Independence National Historical Park", notes["13"], StringComparison.Ordinal);
        Assert.EndsWith("(New York, 1941), p. 233.", notes["17"], StringComparison.Ordinal);
        Assert.EndsWith("was at the Court House; however, the documentary evidence is not conclusive on this point.", notes["23"], StringComparison.Ordinal);
        Assert.Contains(TextReading.Paragraphs(document), p => p.StartsWith("The time in Baltimore was a trying one", StringComparison.Ordinal));
    }
}

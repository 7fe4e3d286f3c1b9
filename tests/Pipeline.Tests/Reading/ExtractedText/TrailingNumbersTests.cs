using Pipeline.Reading.Layout;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>
/// pdftotext on a groff page: the foot's first number set apart by a blank line, the texts of
/// several notes in one block, the later numbers at the foot's end.
/// </summary>
public sealed class TrailingNumbersTests
{
    [Fact]
    public void NumbersAtTheFootsEnd_TakeTheSentencesOfTheBlockAboveThem()
    {
        const string text =
            "The committee met in the hall of the college.1 Its members wrote to their\n" +
            "friends abroad about the meeting and its outcome.2 The records were kept.\n" +
            "1\n" +
            "\n" +
            "Blevins, “Space, Nation, and Region,” 124.\n" +
            "Manifold, “From Del Norte,” Colorado Daily Chieftain (Pueblo, Colorado),\n" +
            "July 8, 1877.\n" +
            "2\n\f" +
            "The second page goes on with the story of the committee and its clerk.\n\f";

        var document = TextReading.Read(text);

        var notes = document.Blocks.OfType<FootnoteText>().ToList();
        Assert.Equal(["1", "2"], notes.Select(n => n.Label));
        Assert.Equal(
            ["Blevins, “Space, Nation, and Region,” 124.", "Manifold, “From Del Norte,” Colorado Daily Chieftain (Pueblo, Colorado), July 8, 1877."],
            notes.Select(n => ModelText.Plain(n.Content)));
        Assert.Contains(TextReading.Paragraphs(document), p => p.Contains("The second page goes on", StringComparison.Ordinal));
        Assert.DoesNotContain(TextReading.Paragraphs(document), p => p.Contains("Manifold", StringComparison.Ordinal));
    }

    [Fact]
    public void ANumberAtTheEndOutOfOrder_TakesThePieceTheNumberAboveLeaves()
    {
        const string text =
            "The committee met in the hall of the college.1 Its members wrote to their\n" +
            "friends abroad about the meeting.2 The records were kept by the clerk.3\n" +
            "1\n" +
            "\n" +
            "Kindquist, “Communication in the High Country,” 114–37.\n" +
            "Hunt, “Interesting Sketch of the Mines,” Colorado Daily Chieftain, May 9, 1872.\n" +
            "3\n" +
            "Blevins, “Space, Nation, and Region,” 124.\n" +
            "2\n\f";

        var document = TextReading.Read(text);

        var notes = document.Blocks.OfType<FootnoteText>().ToList();
        Assert.Equal(["1", "2", "3"], notes.Select(n => n.Label));
        Assert.Equal(
            ["Kindquist, “Communication in the High Country,” 114–37.", "Hunt, “Interesting Sketch of the Mines,” Colorado Daily Chieftain, May 9, 1872.", "Blevins, “Space, Nation, and Region,” 124."],
            notes.Select(n => ModelText.Plain(n.Content)));
        Assert.DoesNotContain(TextReading.Paragraphs(document), p => p.Contains("Kindquist", StringComparison.Ordinal));
    }

    [Fact]
    public void APieceCountThatDoesNotMatchTheNumbers_LeavesTheNotesAsRead()
    {
        const string text =
            "The committee met in the hall of the college.1 Its members wrote to their\n" +
            "friends abroad about the meeting and its outcome.2 The records were kept.\n" +
            "1\n" +
            "\n" +
            "Blevins, “Space, Nation, and Region,” 124. Ibid., 125.\n" +
            "2\n\f";

        var document = TextReading.Read(text);

        var notes = document.Blocks.OfType<FootnoteText>().ToList();
        Assert.Equal(["1", "2"], notes.Select(n => n.Label));
        Assert.Equal(["Blevins, “Space, Nation, and Region,” 124. Ibid., 125.", string.Empty], notes.Select(n => ModelText.Plain(n.Content)));
    }
}

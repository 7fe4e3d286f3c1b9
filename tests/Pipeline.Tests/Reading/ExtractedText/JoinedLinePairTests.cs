namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>
/// pdftotext prints some pairs of a column's lines as one line (at a hyphenated line end, at a raised
/// call-out); those lines do not set the column's right margin, so its full lines do not each end a
/// paragraph, and such a line ends its paragraph when its second printed line does.
/// </summary>
public sealed class JoinedLinePairTests
{
    private const string Text =
        "The new buildings were two stories high, plus a basement and\n" +
        "an attic, with dormer windows in the attic. There was a door\n" +
        "on each of the four sides. A corridor ran the length of each floor, with rooms on either side, sixteen on the first floor, how ever\n" +
        "on the second floor. The triple-sized room was designed as a\n" +
        "library, along the portico.\n" +
        "In the centre of each building was a wide staircase. By the\n" +
        "early thirties the exteriors of all four office buildings were painted a leaden gray with white trim and green shut ters\n" +
        "and doors. A description of the two buildings as they stood\n" +
        "then follows, not quite exact.\n" +
        "The grounds about these offices had been graded and planted\n" +
        "of late years.\n\f";

    [Fact]
    public void ColumnLinesBetweenJoinedPairs_StayInTheirParagraph()
    {
        var paragraphs = TextReading.Paragraphs(TextReading.Read(Text));

        Assert.Equal(3, paragraphs.Count);
        Assert.StartsWith("The new buildings", paragraphs[0], StringComparison.Ordinal);
        Assert.EndsWith("along the portico.", paragraphs[0], StringComparison.Ordinal);
        Assert.StartsWith("In the centre", paragraphs[1], StringComparison.Ordinal);
        Assert.EndsWith("not quite exact.", paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public void JoinedLineOfANarrowerBlock_EndsItsParagraphWhereItsSecondLineStopsShort()
    {
        const string text =
            "ABSTRACT\n" +
            "Settlers came to the valley in growing numbers after the war, and\n" +
            "each group of them described the place in the terms of its own\n" +
            "plans. This article traces two of those descriptions through the\n" +
            "papers of the time and the maps drawn by surveyors for the land companies of the day.\n" +
            "On a cold morning in the autumn of that year two travellers came down from the pass\n" +
            "and looked along the broad valley toward the mountains that closed it to the south.\n" +
            "Their arrival caused little stir in the towns, which were busy with news of the war\n" +
            "and of the boundary survey that had just reached the river at the southern border.\n" +
            "The two had come to value the land for a company in the east that hoped to sell it\n" +
            "to farmers, and they wrote of it in the words such a company would want to print.\n\f";

        var paragraphs = TextReading.Paragraphs(TextReading.Read(text));

        Assert.Contains(paragraphs, p => p.StartsWith("Settlers came", StringComparison.Ordinal) && p.EndsWith("companies of the day.", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("On a cold morning", StringComparison.Ordinal));
    }
}

using Pipeline.Reading.Layout;

namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>Raised call-outs pdftotext prints on lines of their own in reverse order, put back so the numbering goes on.</summary>
public sealed class SwappedCallOutTests
{
    [Fact]
    public void TwoCallOutLinesInReverseOrder_AreReadInOrder_AndLaterCallOutsStillFound()
    {
        const string text =
            "The clubs taught record keeping to young farmers.1 Their books were kept\n" +
            "by hand and sent to the county agent, who read them with care and\n" +
            "returned them to the clubs with his marks,\n" +
            "\n3\n\n2\n\n" +
            "and the agents wrote reports of their own each year.4 These were\n" +
            "printed in the state bulletins.5\n" +
            "1 Hoover, “A Historical,” 102.\n" +
            "2 Ibid., 104.\n" +
            "3 McCracken, “Clearer Thinking,” 132.\n" +
            "4 Ibid., 126.\n" +
            "5 Norwich Bulletin, 1914.\n\f";

        var document = TextReading.Read(text);

        Assert.Equal(["1", "2", "3", "4", "5"], TextReading.Calls(document));
        Assert.Equal(5, document.Blocks.OfType<FootnoteText>().Count());
    }
}

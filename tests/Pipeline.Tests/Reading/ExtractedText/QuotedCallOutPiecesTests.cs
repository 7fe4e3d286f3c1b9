using Pipeline.Reading.Layout;

namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>
/// pdftotext prints two printed lines cut by raised call-outs as pieces: the first line to its
/// call-out, the second line's words before its call-out, both numbers, then the first line's rest.
/// The quotation marks put the stray piece back after the line that opens its quotation.
/// </summary>
public sealed class QuotedCallOutPiecesTests
{
    private const string Head =
        "The clubs taught record keeping to young farmers.1 The books were said to teach\n" +
        "an “underlying philosophy that youth would also teach new practices to their parents.”\n";

    private const string Tail =
        "Rhea Moore aligns the value of the books with “bureaucratic standards.”4\n" +
        "1 Reck, The 4-H Story, 213.\n" +
        "2 Hoover, “A Historical,” 102.\n" +
        "3 McCracken, “Clearer Thinking,” 132.\n" +
        "4 Ibid., 126.\n\f";

    [Theory]
    [InlineData("\n3\n\n2\n\n")]
    [InlineData("\n2\n\n3\n\n")]
    public void APieceClosingAQuotationTheLineAfterTheCallOutsOpens_IsReadAfterIt(string numbers)
    {
        var text = Head + "literacies,”\n" + numbers + "Reading the books as “hybrid\n" + Tail;

        var document = TextReading.Read(text);

        Assert.Equal(["1", "2", "3", "4"], TextReading.Calls(document));
        Assert.Contains(TextReading.Paragraphs(document), p => p.Contains("Reading the books as “hybrid literacies,”", StringComparison.Ordinal));
        Assert.Equal(4, document.Blocks.OfType<FootnoteText>().Count());
    }

    [Theory]
    // The piece opens its own quotation: nothing says it belongs elsewhere.
    [InlineData("“literacies,”\n", "Reading the books as “hybrid\n")]
    // The line after the numbers opens no quotation.
    [InlineData("literacies,”\n", "Reading the books as hybrid\n")]
    public void WithoutTheQuotationPattern_TheLinesStayAsPrinted(string piece, string after)
    {
        var text = Head + piece + "\n3\n\n2\n\n" + after + Tail;

        var body = string.Join(" ", TextReading.Paragraphs(TextReading.Read(text)));

        Assert.Contains("parents.” " + piece.TrimEnd('\n'), body, StringComparison.Ordinal);
    }
}

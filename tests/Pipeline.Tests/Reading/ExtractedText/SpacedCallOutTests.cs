namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>Call-outs pdftotext sets off with spaces (LibreOffice superscripts), taken only where the numbering wants them.</summary>
public sealed class SpacedCallOutTests
{
    [Fact]
    public void NumberSetOffAfterACommaOrAQuote_IsTheCallOutDue_AndOtherNumbersStayText()
    {
        const string text =
            "The move was reported the next day in two newspapers. 1 A city directory gave the\n" +
            "address as “Penn. Avenue, corner 13th Street,” 2 but the figure 13 is an error for 15.\n" +
            "The accounts of the Department, 3 and the papers, say the building had 3 rooms free.\n" +
            "1 Daily Morning Chronicle, November 2, 1866.\n" +
            "2 Boyd’s Washington and Georgetown Directory (Washington, 1866), p. 107.\n" +
            "3 MS. Department of State, Accounts Records, pp. 90-105.\n\f";

        var document = TextReading.Read(text);

        Assert.Equal(["1", "2", "3"], TextReading.Calls(document));
        var body = string.Join(" | ", TextReading.Paragraphs(document));
        Assert.Contains("Street,” but the figure 13 is an error for 15.", body, StringComparison.Ordinal);
        Assert.Contains("the building had 3 rooms free.", body, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberSetOffAfterACommaAtTheLineEnd_IsTheCallOutDue_AndANumberNotDueStaysText()
    {
        const string text =
            "The Department rented the house on the corner of the square until January 31, 1912, 1\n" +
            "when it rented instead a larger house on the avenue for the annual sum asked.\n" +
            "The lease was signed for a term of years running from 1912 to the end of 1916, 7\n" +
            "and it was renewed twice before the Department left the house for good.\n" +
            "1 MS. Department of State, Accounts Records, Bill Book, 1912, p. 352.\n\f";

        var document = TextReading.Read(text);

        Assert.Equal(["1"], TextReading.Calls(document));
        var body = string.Join(" | ", TextReading.Paragraphs(document));
        Assert.Contains("until January 31, 1912, when it rented", body, StringComparison.Ordinal);
        Assert.Contains("the end of 1916, 7 and it was renewed", body, StringComparison.Ordinal);
    }
}

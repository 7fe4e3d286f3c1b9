using System.Text;
using Pipeline.Model;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>Rows of pdftotext -layout from a page a browser printed: raised call-outs on rows of their own, double spacing, a footer with the page of pages.</summary>
public sealed class LayoutRowTests
{
    private static Document Read(string text) => TextReading.Read(text);

    private static List<string> Calls(Document document) => TextReading.Calls(document);

    private static List<string> Paragraphs(Document document) => TextReading.Paragraphs(document);

    [Fact]
    public void CallOutOnARowOfItsOwn_IsGluedToTheWordBeforeItsColumn()
    {
        const string text =
            " While much of the country's industry grew in the late nineteenth century, farming\n" +
            "                                                    1\n" +
            " was seen to lag behind the rest of the economy.           The 1914 act changed\n" +
            " that, and the service it created reached every county within ten years of it.\n" +
            " 1 The deficiencies were pointed out in the report of the commission of 1909.\n\f";

        var document = Read(text);

        Assert.Equal(["1"], Calls(document));
        var body = string.Join(" | ", Paragraphs(document));
        Assert.Contains("the rest of the economy. The 1914 act", body, StringComparison.Ordinal);
        var paragraph = document.Blocks.OfType<Paragraph>().First();
        var before = paragraph.Content.TakeWhile(i => i is not NoteCall);
        Assert.EndsWith("rest of the economy.", ModelText.Plain([.. before]), StringComparison.Ordinal);
    }

    [Fact]
    public void NumberOverAWord_OrWithNoWordBeforeIt_StaysAsItIs()
    {
        const string text =
            "The list of the rooms on the second floor of the building was as follows:\n" +
            "  7\n" +
            "    rooms on the north side of the corridor, and the library at its west end.\n" +
            "Nothing else was said of the building in the report of that year at all.\n\f";

        var body = string.Join(" | ", Paragraphs(Read(text)));

        Assert.Contains("7", body, StringComparison.Ordinal);
        Assert.Contains("rooms on the north side", body, StringComparison.Ordinal);
    }

    [Fact]
    public void BrowserFooterWithThePageOfPages_AndItsHeader_AreRemoved()
    {
        var text = new StringBuilder();
        for (var page = 1; page <= 3; page++)
        {
            text.Append("8/27/18, 10:14 AM                      Researching Genres\n\n");
            text.Append("The body of page ").Append(page).Append(" goes on here with a sentence that is long enough.\n");
            text.Append("It has a second line, which ends the short paragraph of the page.\n\n");
            text.Append("https://example.org/essays/researching-genres/                 ").Append(page).Append("/3\n\f");
        }

        var paragraphs = Paragraphs(Read(text.ToString()));

        Assert.DoesNotContain(paragraphs, p => p.Contains("https://", StringComparison.Ordinal) || p.Contains("10:14", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("The body of page 2", StringComparison.Ordinal));
    }

    [Fact]
    public void DoubleSpacedText_EndsAParagraphAtARunOfBlankRows()
    {
        const string text =
            "    This abstract runs to the right margin of the page, as abstracts often do here,\n\n" +
            "    and ends with a sentence that also runs nearly all the way to the right margin.\n\n\n\n" +
            " While much of the body is set in the same way, it starts after the blank rows, and\n\n" +
            " goes on to the end of the page, where it stops with one more sentence of its own.\n\n\f";

        var paragraphs = Paragraphs(Read(text));

        Assert.Equal(2, paragraphs.Count);
        Assert.StartsWith("While much", paragraphs[1], StringComparison.Ordinal);
    }
}

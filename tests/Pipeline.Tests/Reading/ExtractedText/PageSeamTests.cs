using Pipeline.Model;
using Pipeline.Reading.Layout;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>What a page break cuts in extractor text: a paragraph ended by the page on a full stop, a note cut in a name's initials.</summary>
public sealed class PageSeamTests
{
    private const string Page1 =
        "1\n\n" +
        "The commission set up in the spring was led by a loyal editor of the party paper, and\n" +
        "its findings were modest in tone, though the numbers it gave were shattering to read.\n" +
        "Its accusations were limited to acts committed against the party's own personnel, and\n" +
        "victims who stood outside the party were not rehabilitated at all in those early years.\n";

    [Fact]
    public void ParagraphAtTheMarginWhenThePageEnds_RunsOnAfterTheNextPageNumber()
    {
        var text = Page1 + "\f2\n\n" +
            "Therefore the acknowledgement of the crimes was hardly a movement of the heart, and\n" +
            "was useful only so long as it served his purpose.\n" +
            "A second paragraph starts after that short line and runs on to the page's margin,\n" +
            "where it stops.\n\f3\n\nA last page holds one more paragraph of the running text.\n\f";

        var document = TextReading.Read(text);

        var paragraphs = document.Blocks.OfType<Paragraph>().ToList();
        var joined = Assert.Single(paragraphs, p => ModelText.Plain(p.Content).Contains("at all in those early years. Therefore the", StringComparison.Ordinal));
        Assert.Contains(joined.Content, i => i is LineEnd { Kind: LineEndKind.Page, NextPage: 2 });
        Assert.StartsWith("A second paragraph", ModelText.Plain(paragraphs[1].Content), StringComparison.Ordinal);
        Assert.DoesNotContain(paragraphs, p => ModelText.Plain(p.Content).Trim() is "2" or "3");
    }

    [Theory]
    [InlineData("Conclusion\n", "a heading stops short of the margin")]
    [InlineData("     Therefore the acknowledgement of the crimes was hardly a movement of the heart,\n", "an indented line starts a paragraph")]
    public void NextPageThatStartsAfresh_KeepsTheParagraphsApart(string first, string why)
    {
        var text = Page1 + "\f2\n\n" + first +
            "and was useful only so long as it served the purpose of the man who had made it so.\n" +
            "It ends here on a short line.\n\f3\n\nA last page holds one more paragraph of the running text.\n\f";

        var document = TextReading.Read(text);

        Assert.True(
            document.Blocks.OfType<Paragraph>().Any(p => ModelText.Plain(p.Content).EndsWith("in those early years.", StringComparison.Ordinal)),
            why);
    }

    [Fact]
    public void NoteCutInANamesInitials_GoesOnAboveTheNextPagesFoot()
    {
        const string text =
            "The camps held more than two million people at the height of the system's growth.1\n" +
            "The number fell after the amnesty, though the camps themselves stood for years.\n" +
            "1 Galina Ivanova, Labor Camp Socialism: The Gulag in the Soviet System (Armonk, NY: M. E.\n" +
            "\f" +
            "Another example comes from the diplomatic field, where the same policy was tried\n" +
            "and failed within two years of the speech, as the exchange of that autumn showed.2\n" +
            "Sharpe, 2000): 118.\n" +
            "2 Taubman, Khrushchev, 271.\n\f";

        var document = TextReading.Read(text);

        var continuation = Assert.Single(document.Blocks.OfType<FootnoteContinuation>());
        Assert.Equal("Sharpe, 2000): 118.", ModelText.Plain(continuation.Content));
        Assert.DoesNotContain(TextReading.Paragraphs(document), p => p.Contains("Sharpe", StringComparison.Ordinal));
        Assert.Equal(["1", "2"], document.Blocks.OfType<FootnoteText>().Select(n => n.Label));
    }

    [Fact]
    public void NoteEndingInAnAbbreviation_IsWhole()
    {
        const string text =
            "The plans were drawn in the capital and sent to the builders by the next post.1\n" +
            "They were followed to the letter, though the roof was changed in the next year.\n" +
            "1 Records of the Office of Public Buildings, Washington, D.C.\n" +
            "\f" +
            "The builders finished the work within the year, and the rooms were let at once.\n" +
            "Its tenants stayed until the century's end.2\n" +
            "2 Ibid., 14.\n\f";

        var document = TextReading.Read(text);

        Assert.Empty(document.Blocks.OfType<FootnoteContinuation>());
        Assert.Contains(TextReading.Paragraphs(document), p => p.Contains("Its tenants stayed", StringComparison.Ordinal));
    }

    [Fact]
    public void FooterPrintedAmongAPagesLastLines_IsFurniture_AndTheWordsAroundItStay()
    {
        var text = new System.Text.StringBuilder();
        for (var page = 1; page <= 3; page++)
        {
            text.Append("8/27/18, 10:14 AM\nResearching Genres in Agricultural Communities\n");
            text.Append("The record books of page ").Append(page).Append(" were kept by the club members through the year\n");
            text.Append("and sent to the county agent, who read them and wrote back to every member.\n");
            text.Append("https://example.org/essays/v01-16-researching-genres/\n");
            text.Append("While the books of page ").Append(page).Append(" were\n");
            text.Append(page).Append("/3\n\f");
        }

        var document = TextReading.Read(text.ToString());

        var body = string.Join(" | ", TextReading.Paragraphs(document));
        Assert.DoesNotContain("https://example.org", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Researching Genres", body, StringComparison.Ordinal);
        Assert.Contains("While the books of page 2 were", body, StringComparison.Ordinal);
    }
}

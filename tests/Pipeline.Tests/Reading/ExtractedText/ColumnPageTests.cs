using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading.Layout;
using Pipeline.Stages;
using Pipeline.Stages.Structure;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>Pages printed in two columns, as pdftotext -layout (one grid) and mutool (column after column) give them.</summary>
public sealed class ColumnPageTests
{
    private static Document Read(string text) => TextReading.Read(text);

    private static List<string> Calls(Document document) => TextReading.Calls(document);

    private static Dictionary<string, string> Notes(Document document) =>
        document.Blocks.OfType<FootnoteText>().ToDictionary(n => n.Label, n => ModelText.Plain(n.Content));

    private static string Body(Document document) => string.Join(" | ", TextReading.Paragraphs(document));

    /// <summary>Two columns on one grid: each row holds a left line, a gutter of spaces, a right line.</summary>
    private static string Grid(string[] left, string[] right, int gutter)
    {
        var rows = new List<string>();
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var l = i < left.Length ? left[i] : string.Empty;
            var r = i < right.Length ? right[i] : string.Empty;
            rows.Add(r.Length == 0 ? l : l.PadRight(gutter) + r);
        }

        return string.Join("\n", rows);
    }

    [Fact]
    public void LayoutGrid_IsReadLeftColumnThenRight_WithANoteAtEachColumnFoot()
    {
        string[] left =
        [
            "The Congress met first in the hall of the",
            "carpenters, a building of two floors that",
            "stood back from the street in a court.1",
            "  It moved to the State House in May, and",
            "the hall was given back to its owners, who",
            "kept it as it had been in the year of the",
            "",
            "1 Journals, I, 13.",
        ];
        string[] right =
        [
            "meeting until the century's end.",
            "  The State House had a long room on its",
            "first floor where the members sat through",
            "the summer, and a tower on its south side",
            "that held the bell of the province.2 It",
            "was rebuilt in the next century.",
            "",
            "2 Ibid., p. 22.",
        ];
        var text = Grid(left, right, 48) + "\n\n                                        3\n\f";

        var document = Read(text);

        Assert.Equal(["1", "2"], Calls(document));
        Assert.Equal("Journals, I, 13.", Notes(document)["1"]);
        Assert.Equal("Ibid., p. 22.", Notes(document)["2"]);
        var body = Body(document);
        Assert.Contains("in the year of the meeting until the century's end.", body, StringComparison.Ordinal);
        Assert.Contains("the bell of the province. It was rebuilt", body, StringComparison.Ordinal);
        Assert.DoesNotContain("3", body, StringComparison.Ordinal);
    }

    [Fact]
    public void LineRunningAcrossTheGutter_IsKeptWhole()
    {
        string[] left = ["one column line of the left side text", "another left line that runs to here", "and a third line of the left column", "a fourth line of the same left column", "and a fifth line of the left column"];
        string[] right = ["right column words go here", "more words of the right side", "and more again on the right", "the right side goes on here", "and ends on this last line."];
        var text = "A title that is long enough to run across both of the columns here\n" + Grid(left, right, 44) + "\n\f";

        var document = Read(text);

        Assert.StartsWith("A title that is long enough to run across both of the columns here", Body(document), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TitleAndBylineCentredAcrossTheGutter_StandApartFromTheColumns_AndReachTheMetadata()
    {
        string[] left =
        [
            "The Period of the Congress",
            "",
            "The committee wrote to its agents abroad",
            "through the winter and the spring, and its",
            "letters went by way of the islands where the",
            "ships of the French put in for water and wood.",
            "  The agents wrote back when they could.",
        ];
        string[] right =
        [
            "occupied by the Congress until the peace,",
            "when it was given up and the rooms were let",
            "to a merchant of the town, who kept them as",
            "a store for his goods until the next war.",
            "The hall itself was sold in the spring, and",
            "its new owners took down the tower.",
        ];
        var text =
            "                 Homes of the Department of State, Part I:\n" +
            "                  From the Congress to the Tavern, 1774-1788\n" +
            "                             Office of the Historian\n\n\n" +
            Grid(left, right, 50) + "\n\f";

        var document = Read(text);

        var paragraphs = TextReading.Paragraphs(document);
        Assert.Equal("Homes of the Department of State, Part I:", paragraphs[0]);
        Assert.Equal("From the Congress to the Tavern, 1774-1788", paragraphs[1]);
        Assert.Equal("Office of the Historian", paragraphs[2]);
        Assert.Equal("The Period of the Congress", paragraphs[3]);
        var structured = await new StructureStage().RunAsync(document, new StageContext(new DiagnosticBag("test"), ""), CancellationToken.None);
        Assert.Equal("Homes of the Department of State, Part I", PlainText.Of(structured.Metadata.Title));
        Assert.Equal("From the Congress to the Tavern, 1774-1788", PlainText.Of(structured.Metadata.Subtitle));
        Assert.Equal("Office of the Historian", Assert.Single(structured.Metadata.Authors).Name);
    }

    [Fact]
    public void ColumnsOneAfterTheOther_ResumeTheBodyAfterTheFirstColumnsNotes()
    {
        // mutool prints the left column with its notes, then the right column with its notes.
        const string text =
            "The Congress met first in the hall of the carpenters, a building of two\n" +
            "floors that stood back from the street in a court.1 It moved to the State\n" +
            "House in May, and the hall was given back to its owners, who kept it as\n" +
            "1 Journals, I, 13.\n" +
            "it had been in the year of the meeting. The State House had a long room\n" +
            "where the members sat through the summer, below the tower.”2Its bell\n" +
            "was rung on the eighth of July, when the declaration was read out.\n" +
            "2 Ibid., p. 22.\n\f";

        var document = Read(text);

        Assert.Equal(["1", "2"], Calls(document));
        Assert.Equal("Journals, I, 13.", Notes(document)["1"]);
        Assert.Equal("Ibid., p. 22.", Notes(document)["2"]);
        var body = Body(document);
        Assert.Contains("kept it as it had been in the year", body, StringComparison.Ordinal);
        Assert.Contains("below the tower.” Its bell", body, StringComparison.Ordinal);
    }

    [Fact]
    public void NoteCutMidSentence_TakesTheLineThatEndsIt_BeforeTheBodyResumes()
    {
        const string text =
            "The committee wrote to its agents abroad through the winter and the spring.1\n" +
            "Its letters went by way of the islands, where the ships of the French put in.\n" +
            "1 Francis Wharton, ed., The Revolutionary Diplomatic Correspon-\n" +
            "dence of the United States (Washington, 1889), III, 288.\n" +
            "occupied by the committee until the peace, when it was given up on September 18.2 To\n" +
            "the end of the war the rooms were kept by the secretary and his clerks.\n" +
            "2 Ibid., p. 290.\n\f";

        var document = Read(text);

        Assert.Equal(["1", "2"], Calls(document));
        Assert.EndsWith("(Washington, 1889), III, 288.", Notes(document)["1"], StringComparison.Ordinal);
        Assert.DoesNotContain("dence of the", Body(document), StringComparison.Ordinal);
        Assert.Contains("September 18. To the end", Body(document), StringComparison.Ordinal);
    }
}

using System.Text;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading;
using Pipeline.Reading.Layout;
using Pipeline.Reading.Pdf2Md;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading.Pdf2Md;

/// <summary>
/// The pdf.js markdown reader where pdf.js ran what stands apart on the page into a block: a running
/// head into the page's first paragraph, a column's body into the note above it.
/// </summary>
public sealed class Pdf2MdPageEdgeTests
{
    private const string PageBreak = "<!-- PAGE_BREAK -->\n";

    /// <summary>Seven pages; even ones open with "N Office of the Historian", odd ones with a title ending in N, both run into the text.</summary>
    private static readonly string AlternatingHeads =
        "The building stood at the corner of the street, and in the center of each \n\n" + PageBreak +
        "2 Office of the Historian building, on the south side, was a wide staircase. It was taken down in 1820. \n\n" + PageBreak +
        "_Homes of the Department, Part II 3_ The memorandum was unsigned and undated but it was written in 1844. \n\n" + PageBreak +
        "4 Office of the Historian “One for the archives,” it said, and the Secretary agreed in the spring. \n\n" + PageBreak +
        "_Homes of the Department, Part II 5_ The move was made in the autumn of that year. \n\n" + PageBreak +
        "6 Office of the Historian The Department stayed there until 1866. \n\n" + PageBreak +
        "_Homes of the Department, Part II 7_ In 1866 it moved again, to the orphan asylum. \n\n" + PageBreak;

    private static async Task<(ReadResult Result, DiagnosticBag Diagnostics)> ReadAsync(string markdown)
    {
        var diagnostics = new DiagnosticBag("doc");
        var result = await new Pdf2MdReader().ReadAsync(
            new DocumentFile("doc", "/nowhere/document.md", "/nowhere", Encoding.UTF8.GetBytes(markdown)),
            diagnostics,
            CancellationToken.None);
        return (result, diagnostics);
    }

    [Fact]
    public void RunningHeadsRunIntoThePagesText_StandOnLinesOfTheirOwn_OnOddAndEvenPages()
    {
        var lines = Pdf2MdText.ToLines(AlternatingHeads).Replace("\f", string.Empty, StringComparison.Ordinal).Split('\n').Where(l => l.Length > 0).ToList();

        var even = lines.IndexOf("2 Office of the Historian");
        Assert.True(even >= 0, string.Join('\n', lines));
        Assert.StartsWith("building, on the south side", lines[even + 1], StringComparison.Ordinal);
        var odd = lines.IndexOf("Homes of the Department, Part II 5");
        Assert.True(odd >= 0, string.Join('\n', lines));
        Assert.StartsWith("The move was made", lines[odd + 1], StringComparison.Ordinal);
        Assert.Contains("6 Office of the Historian", lines);
    }

    [Fact]
    public async Task RunningHeadsRunIntoThePagesText_AreNotReadAsText()
    {
        var (result, _) = await ReadAsync(AlternatingHeads);

        var text = string.Join('\n', result.Document!.Blocks.OfType<Paragraph>().Select(p => ModelText.Plain(p.Content)));
        Assert.DoesNotContain("Historian", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Homes of", text, StringComparison.Ordinal);
        Assert.Contains("building, on the south side", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WordsThatOpenOnlyTwoPages_OrWhoseNumbersDoNotFollowThePages_StayInTheText()
    {
        const string markdown =
            "The first page begins the story of the building and its rooms. \n\n" + PageBreak +
            "2 Office of the Historian building, on the south side, was a wide staircase. \n\n" + PageBreak +
            "The third page goes on without any head at all. \n\n" + PageBreak +
            "4 Office of the Historian “One for the archives,” it said. \n\n" + PageBreak +
            "12 rooms were let in 1820, the Secretary wrote. \n\n" + PageBreak +
            "40 rooms were let in 1830, the Secretary wrote. \n\n" + PageBreak +
            "17 rooms were let in 1840, the Secretary wrote. \n\n" + PageBreak;

        var lines = Pdf2MdText.ToLines(markdown).Replace("\f", string.Empty, StringComparison.Ordinal).Split('\n');

        Assert.Contains("2 Office of the Historian building, on the south side, was a wide staircase.", lines);
        Assert.Contains("40 rooms were let in 1830, the Secretary wrote.", lines);
    }

    [Fact]
    public async Task NoteHoldingTheBodysCallOuts_IsLeftWholeAndReported_AndTheLaterNotesStillFindTheirCallOuts()
    {
        var markdown =
            "A first claim was made in the spring of that year.^1 \n\n" +
            "(^1) Information for this paragraph was given in a letter, July 7, 1975. It was while the Congress sat at York in 1777. " +
            "The articles passed (Journals, vol. IX, p. 907).^2 They were ratified later.^3 (^2) Journals, XI, 641. (^3) Seward, _Works_, III, 642. \n\n" + PageBreak +
            "The next page tells more of the story.^4 And it ends the chapter.^5 \n\n" +
            "(^4) Burnett, _Letters_, 12. (^5) Adams, _Diary_, 9. \n\n" + PageBreak;

        var (result, diagnostics) = await ReadAsync(markdown);

        var notes = result.Document!.Blocks.OfType<FootnoteText>().ToList();
        Assert.Equal(["1", "4", "5"], notes.Select(n => n.Label));
        Assert.Equal("Burnett, Letters, 12.", ModelText.Plain(notes[1].Content));
        Assert.Contains(diagnostics.Items, d => d.Code == "read.pdf2md-note-runs-on" && d.Message.Contains("note 1 ", StringComparison.Ordinal));
        Assert.Contains(diagnostics.Items, d => d.Code == "read.text-call-out-skipped" && d.Message.Contains("note 3 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BodyBlockBetweenTwoColumnsFeet_IsBody_WhenItHoldsTheNextNotesMarkedCallOut()
    {
        var markdown =
            "The first column ends here, as the journals tell it.^1 \n\n" +
            "(^1) Stuart, _The Department of State_ (New York, 1949), p. 1. \n\n" +
            "the Secretary.^2 The new Department was very small in those early days. \n\n" +
            "(^2) Watson, _Annals of Philadelphia_ (Philadelphia, 1830), p. 365. \n\n" + PageBreak;

        var (result, _) = await ReadAsync(markdown);

        var notes = result.Document!.Blocks.OfType<FootnoteText>().ToList();
        Assert.Equal(["1", "2"], notes.Select(n => n.Label));
        Assert.Equal("Stuart, The Department of State (New York, 1949), p. 1.", ModelText.Plain(notes[0].Content));
        Assert.Contains(result.Document.Blocks.OfType<Paragraph>(), p => ModelText.Plain(p.Content).Contains("The new Department was very small", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoteHoldingTheBodysCallOut_EndsAtItsOnlyCitationEnd_WhenACapitalGoesOn()
    {
        var markdown =
            "A first claim was made in the spring of that year.^1 \n\n" +
            "(^1) Information for this paragraph was given by the society in a letter, July 7, 1975. It was while the Congress " +
            "sat at York that the articles passed.^2 (^2) Journals, XI, 641. \n\n" + PageBreak;

        var (result, diagnostics) = await ReadAsync(markdown);

        var notes = result.Document!.Blocks.OfType<FootnoteText>().ToList();
        Assert.Equal(["1", "2"], notes.Select(n => n.Label));
        Assert.Equal("Information for this paragraph was given by the society in a letter, July 7, 1975.", ModelText.Plain(notes[0].Content));
        Assert.Contains(result.Document.Blocks.OfType<Paragraph>(), p => ModelText.Plain(p.Content).Contains("It was while the Congress sat at York", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == "read.pdf2md-note-runs-on");
    }
}

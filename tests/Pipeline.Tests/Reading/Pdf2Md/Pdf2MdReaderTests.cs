using System.Text;
using Pipeline.Conversion;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading;
using Pipeline.Reading.Layout;
using Pipeline.Reading.Pdf2Md;
using Pipeline.Tests.Conversion;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading.Pdf2Md;

/// <summary>The pdf.js markdown reader on small texts shaped as <c>@opendocsg/pdf2md</c> prints them.</summary>
public sealed class Pdf2MdReaderTests
{
    private static async Task<ReadResult> ReadAsync(string markdown) =>
        await new Pdf2MdReader().ReadAsync(
            new DocumentFile("doc", "/nowhere/document.md", "/nowhere", Encoding.UTF8.GetBytes(markdown)),
            new DiagnosticBag("doc"),
            CancellationToken.None);

    [Fact]
    public async Task NotesRunTogetherAtThePageFoot_AreCutAtTheirNumbers()
    {
        const string markdown =
            "The speech was a turning point for the whole country.^1 It was followed in 1956 by a resolution.^2 \n\n" +
            "(^1) Jones, _The Dilemmas of De-Stalinisation_, 2. (^2) Ibid., 4. \n\n" +
            "<!-- PAGE_BREAK -->\n";

        var result = await ReadAsync(markdown);

        var notes = result.Document!.Blocks.OfType<FootnoteText>().ToList();
        Assert.Equal(["1", "2"], notes.Select(n => n.Label));
        Assert.Equal("Jones, The Dilemmas of De-Stalinisation, 2.", ModelText.Plain(notes[0].Content));
        Assert.Contains("in 1956 by", ModelText.Plain(result.Document.Blocks.OfType<Paragraph>().First().Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BareNoteNumbersAfterTheirCallOuts_StartNotesInsideTheParagraph()
    {
        const string markdown =
            "The two buildings were finished in 1819 at a cost of $191,756.71.^1 The designer was James Hoban.^2 " +
            "In the center of each 1 James D. Richardson, _A Compilation_, II, 19. 2 _American State Papers,_ II, 470. \n\n" +
            "<!-- PAGE_BREAK -->\n";

        var result = await ReadAsync(markdown);

        var notes = result.Document!.Blocks.OfType<FootnoteText>().Select(n => ModelText.Plain(n.Content)).ToList();
        Assert.Equal(["James D. Richardson, A Compilation, II, 19.", "American State Papers, II, 470."], notes);
    }

    [Fact]
    public async Task BrokenLinkHalves_DoNotLoseTheDocument()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "essay");
        Directory.CreateDirectory(path);
        await File.WriteAllTextAsync(
            Path.Combine(path, "document.md"),
            "A source online at [http://](http://) [www.example.org/a](http://www.example.org/a) is cited.^1 \n\n(^1) See it. \n\n<!-- PAGE_BREAK -->\n");
        using var converter = new DocumentConverter();

        var result = await converter.ConvertAsync(path, new ConversionOptions { Pipeline = new() { FigureOcr = new() { Enabled = false } } }, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == "read.text-no-notes" || d.Severity == Severity.Info);
    }

    private const string LongParagraph =
        "The professional identities the young farmers gained there were not in opposition to the community they grew up in, " +
        "but were structured in a way that supported the goals of the service and of all the institutions it aligned with. \n\n";

    private static List<string> Paragraphs(ReadResult result) =>
        [.. result.Document!.Blocks.OfType<Paragraph>().Select(p => ModelText.Plain(p.Content))];

    [Fact]
    public async Task SectionNameInBoldRunIntoTheFirstEntry_StandsAsAParagraphOfItsOwn()
    {
        const string markdown = LongParagraph +
            "**Bibliography** Andrews, Thomas. _Utes and Settlers_. Denver: Western Press, 2000. Aron, Stephen. _Confluence_. Bloomington: Indiana University Press, 2006. \n\n" +
            "<!-- PAGE_BREAK -->\n";

        var paragraphs = Paragraphs(await ReadAsync(markdown));

        Assert.Contains("Bibliography", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Andrews, Thomas. Utes and Settlers.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BoldRunInPhraseThatNamesNoSection_StaysInItsParagraph()
    {
        const string markdown = LongParagraph +
            "**A caution.** The figures for the years before 1850 were kept by hand and are not complete. \n\n" +
            "<!-- PAGE_BREAK -->\n";

        var paragraphs = Paragraphs(await ReadAsync(markdown));

        Assert.Contains("A caution. The figures for the years before 1850 were kept by hand and are not complete.", paragraphs);
    }

    [Fact]
    public async Task HeadingAfterAParagraphThatRunsToTheMargin_IsNotJoinedToIt()
    {
        var markdown = LongParagraph + LongParagraph.Replace("professional", "new", StringComparison.Ordinal) +
            "## Bibliography \n\n" +
            "Devitt, Amy J. _Writing Genres_. Carbondale: Southern Illinois University Press, 2004. \n\n" +
            "<!-- PAGE_BREAK -->\n";

        var paragraphs = Paragraphs(await ReadAsync(markdown));

        Assert.Contains("Bibliography", paragraphs);
        Assert.All(paragraphs, p => Assert.False(p.EndsWith("Bibliography", StringComparison.Ordinal) && p.Length > "Bibliography".Length, p));
    }

    [Fact]
    public async Task BlocksThatEndASentence_AreParagraphsOfTheirOwn_AndABlockCutMidSentenceGoesOn()
    {
        var markdown = LongParagraph + LongParagraph.Replace("professional", "new", StringComparison.Ordinal) +
            LongParagraph.Replace("aligned with. ", "aligned with, as pdf.js ended the block where ", StringComparison.Ordinal) +
            "the column ended. \n\n" +
            "<!-- PAGE_BREAK -->\n";

        var paragraphs = Paragraphs(await ReadAsync(markdown));

        Assert.Equal(3, paragraphs.Count);
        Assert.EndsWith("ended the block where the column ended.", paragraphs[2], StringComparison.Ordinal);
    }

    [Fact]
    public void ExplicitNoteRunOnIntoTheBody_EndsWhereTheBodysNextCallOutResumes()
    {
        const string markdown =
            "Committees of Congress managed foreign affairs, the first of them appointed in the autumn of that year.^1 " +
            "Its members met in the rooms occupied by the Continental Congress, as the journals say.^2 \n\n" +
            "(^1) Stuart, _The Department of State_ (New York, 1949), p. 1. (^2) Wharton, _Correspondence_ (Washington, 1889), III, 288. " +
            "occupied by the Continental Congress.^3 Congress met in Carpenters' Hall for its first session. \n\n" +
            "(^3) The buildings are discussed by Fortenbaugh. Ibid. [p. 10]. \n\n" +
            "<!-- PAGE_BREAK -->\n";

        var lines = Pdf2MdText.ToLines(markdown).Split('\n').Where(l => l.Length > 0).ToList();

        var note = lines.FindIndex(l => l.StartsWith("2 Wharton", StringComparison.Ordinal));
        Assert.Equal("2 Wharton, Correspondence (Washington, 1889), III, 288.", lines[note]);
        Assert.StartsWith("occupied by the Continental Congress.^3 Congress met", lines[note + 1], StringComparison.Ordinal);
        Assert.Contains("3 The buildings are discussed by Fortenbaugh. Ibid. [p. 10].", lines);
    }

    private static List<string> NoteRunOnLines(string note) =>
        [.. Pdf2MdText.ToLines(
            "Committees of Congress managed foreign affairs, the first of them appointed in the autumn of that year.^1 \n\n" +
            "(^1) " + note + "^2 The delegates went home for the winter. \n\n" +
            "(^2) Journals, XI, 641. \n\n" +
            "<!-- PAGE_BREAK -->\n").Split('\n').Where(l => l.Length > 0)];

    [Fact]
    public void NoteRunOnWithACapital_EndsAtTheFirstCitationEndThatOnlyProseFollows()
    {
        var lines = NoteRunOnLines(
            "Information for this paragraph was provided in a letter to the author, July 7, 1975. " +
            "It was while the Congress was at York that the treaty was signed on February 6, 1778. " +
            "On June 24 it resolved to adjourn to Philadelphia.");

        Assert.Contains("1 Information for this paragraph was provided in a letter to the author, July 7, 1975.", lines);
        Assert.Contains(lines, l => l.StartsWith("It was while the Congress was at York", StringComparison.Ordinal) && l.Contains("Philadelphia.^2", StringComparison.Ordinal));
    }

    [Fact]
    public void NoteOfTwoCitationsRunningOn_EndsAfterTheSecond()
    {
        var lines = NoteRunOnLines(
            "Stuart, _The Department of State_ (New York, 1949), 12. Wharton, _Correspondence_ (Washington, 1889), III, 288. " +
            "Congress met in the college hall for some weeks.");

        Assert.Contains("1 Stuart, The Department of State (New York, 1949), 12. Wharton, Correspondence (Washington, 1889), III, 288.", lines);
        Assert.Contains(lines, l => l.StartsWith("Congress met in the college hall for some weeks.^2", StringComparison.Ordinal));
    }

    [Fact]
    public void OpCitInANoteRunningOn_IsNoSentenceEnd()
    {
        var lines = NoteRunOnLines(
            "Burnett, _The Continental Congress_, op. cit., p. 587. Congress had been in Princeton for only four months " +
            "when it adjourned on November 4. Its stay there had been brief.");

        Assert.Contains("1 Burnett, The Continental Congress, op. cit., p. 587.", lines);
        Assert.Contains(lines, l => l.StartsWith("Congress had been in Princeton", StringComparison.Ordinal));
    }

    [Fact]
    public void NoteRunOnWhereCitationsFollowEveryCitationEnd_IsLeftWhole()
    {
        var lines = NoteRunOnLines(
            "Stuart, _The Department of State_, 12. Wharton, _Correspondence_, 288. Ibid., p. 4.");

        Assert.Contains(lines, l => l.StartsWith("1 Stuart", StringComparison.Ordinal) && l.Contains("Ibid., p. 4.^2", StringComparison.Ordinal));
    }

    [Theory]
    // pdf.js's space between an italic run and the comma after it goes; other spaces before punctuation stay.
    [InlineData("(^1) Tanner , _Narrative_ , 28. \n\n", "1 Tanner, Narrative, 28.")]
    [InlineData("(^1) Lind, _Titre : sous-titre_ ; voir p. 4 . . . et 5. \n\n", "1 Lind, Titre : sous-titre ; voir p. 4 . . . et 5.")]
    public void SpaceBeforeACommaAtAnItalicRunsEnd_IsDropped(string notes, string expected)
    {
        var markdown = "The river was crossed on foot.^1 \n\n" + notes + "<!-- PAGE_BREAK -->\n";

        var lines = Pdf2MdText.ToLines(markdown).Split('\n');

        Assert.Contains(expected, lines);
    }

    [Fact]
    public void NotesOnThePageAfterTheirCallOuts_AreCutWhenTheyRunInSequence()
    {
        const string markdown =
            "The department had a staff of forty-six, including thirteen extra clerks.^1 The story is told of a cane.^2 \n\n" +
            "<!-- PAGE_BREAK -->\n" +
            "The building was completed in time for the move on the first of the month.^3 1 MS. Department of State, Pay Rolls. " +
            "2 Seward, _Seward at Washington_, III, 343. 3 Ibid., 344. \n\n" +
            "<!-- PAGE_BREAK -->\n";

        var lines = Pdf2MdText.ToLines(markdown).Split('\n');

        Assert.Contains(lines, l => l.EndsWith("The building was completed in time for the move on the first of the month.^3", StringComparison.Ordinal));
        Assert.Contains("1 MS. Department of State, Pay Rolls.", lines);
        Assert.Contains("2 Seward, Seward at Washington, III, 343.", lines);
        Assert.Contains("3 Ibid., 344.", lines);
    }

    [Fact]
    public async Task ANumberOnThePageAfterACallOut_WithNoNextNoteAfterIt_StaysText()
    {
        const string markdown =
            "The department had a staff of forty-six, including thirteen extra clerks.^1 The story is told of a cane. \n\n" +
            "<!-- PAGE_BREAK -->\n" +
            "Of the rooms there were 1 Chief Clerk's office and a library on the second floor of the building. \n\n" +
            "<!-- PAGE_BREAK -->\n";

        var result = await ReadAsync(markdown);

        Assert.Empty(result.Document!.Blocks.OfType<FootnoteText>());
        Assert.Contains(Paragraphs(result), p => p.Contains("there were 1 Chief Clerk's", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WordHyphenatedAtAPrintedLineEnd_ComesBackAsALineEndAfterTheHyphen()
    {
        const string markdown = "In his annual message to the Con- gress the President spoke of a well-known need. \n\n<!-- PAGE_BREAK -->\n";

        var result = await ReadAsync(markdown);

        var content = result.Document!.Blocks.OfType<Paragraph>().Single().Content;
        var hyphen = content.IndexOf(content.OfType<Text>().First(t => t.Value.EndsWith("Con-", StringComparison.Ordinal)));
        Assert.IsType<LineEnd>(content[hyphen + 1]);
        Assert.StartsWith("gress the", ((Text)content[hyphen + 2]).Value, StringComparison.Ordinal);
        Assert.Contains("well-known", ModelText.Plain(content), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text <!-- PAGE_BREAK --> more", 90)]
    [InlineData("# A scrape\n\nText.<sup>1</sup>\n", 0)]
    public void Sniff_TakesPageBreakMarks(string text, int expected)
    {
        var file = new DocumentFile("doc", "/nowhere/document.md", "/nowhere", Encoding.UTF8.GetBytes(text));

        Assert.Equal(expected, new Pdf2MdReader().Sniff(file));
    }
}

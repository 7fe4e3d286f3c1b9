using System.Text;
using Pipeline.Conversion;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading;
using Pipeline.Reading.ExtractedText;
using Pipeline.Reading.Layout;
using Pipeline.Tests.Conversion;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>The plain-text reader on small texts shaped as pdftotext and mutool print them.</summary>
public sealed class PlainTextReaderTests
{
    private static (Document Document, DiagnosticBag Diagnostics) Read(string text)
    {
        var diagnostics = new DiagnosticBag("test");
        return (new ExtractedTextReader().Read("test", "", text, diagnostics), diagnostics);
    }

    private static List<string> Calls(Document document) =>
        [.. ModelText.AllBlocks(document.Blocks).SelectMany(ModelText.ContentOf).SelectMany(i => ModelText.AllInlines([i])).OfType<NoteCall>().Select(c => c.Label)];

    private static string BodyText(Document document) =>
        string.Join(" | ", document.Blocks.OfType<Paragraph>().Select(p => ModelText.Plain(p.Content)));

    [Fact]
    public void CallOutBesideAYear_IsTakenByTheNumbering_AndTheYearStaysText()
    {
        const string text =
            "In December 1817 the President told the Congress that the buildings were far\n" +
            "too small for the several departments of the government in the new city.1 In\n" +
            "1818,2 an act provided for two more buildings, and by the 1960s they were gone.\n" +
            "1 James D. Richardson, Messages and Papers of the Presidents, II, 19.\n" +
            "2 Statutes at Large, 3, 441.\n\f";

        var (document, _) = Read(text);

        Assert.Equal(["1", "2"], Calls(document));
        var body = BodyText(document);
        Assert.Contains("December 1817 the", body, StringComparison.Ordinal);
        Assert.Contains("1960s", body, StringComparison.Ordinal);
        Assert.Equal(["1", "2"], document.Blocks.OfType<FootnoteText>().Select(n => n.Label));
        Assert.Equal("Statutes at Large, 3, 441.", ModelText.Plain(document.Blocks.OfType<FootnoteText>().Last().Content));
    }

    [Fact]
    public void MergedCallOuts_AreSplitByTheNumbering()
    {
        const string text =
            "The committee met in the long room and, after a day of debate, adopted the\n" +
            "resolution.12 It was printed the next morning for every member of the house.\n" +
            "1 Journals of the Continental Congress, I, 75.\n" +
            "2 Ibid., 76.\n\f";

        var (document, _) = Read(text);

        Assert.Equal(["1", "2"], Calls(document));
        Assert.DoesNotContain("12", BodyText(document), StringComparison.Ordinal);
    }

    [Fact]
    public void NumberThatTheNumberingDoesNotWant_StaysText()
    {
        const string text =
            "The two buildings, each 157 by 57 feet, cost $191,756.71 and were finished in\n" +
            "1819, when the Department moved into eleven rooms on the second floor.1\n" +
            "1 American State Papers, Miscellaneous, II, 578.\n\f";

        var (document, _) = Read(text);

        Assert.Equal(["1"], Calls(document));
        Assert.Contains("157 by 57 feet, cost $191,756.71", BodyText(document), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoteContinuedAcrossAFormFeed_IsJoinedToItsNote()
    {
        const string text =
            "The first page of the essay carries a sentence that calls the first note.1\n" +
            "It goes on with a second sentence that fills the rest of this short page.\n" +
            "1 Roy A. Medvedev, Khrushchev (Oxford: Blackwells, 1982), the chapter on the\n" +
            "\f" +
            "The second page goes on with the body of the essay and a second call-out.2\n" +
            "It ends with one more sentence that is not cut by the end of this page.\n" +
            "Beria affair, 68-69.\n" +
            "2 Taubman, Khrushchev, 271.\n\f";
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "essay");
        Directory.CreateDirectory(path);
        await File.WriteAllTextAsync(Path.Combine(path, "document.txt"), text);
        using var converter = new DocumentConverter();

        var result = await converter.ConvertAsync(path, new ConversionOptions { Pipeline = new() { FigureOcr = new() { Enabled = false } } }, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var notes = ModelText.AllBlocks(result.Document!.Blocks).SelectMany(ModelText.ContentOf).SelectMany(i => ModelText.AllInlines([i])).OfType<Note>().ToList();
        Assert.Equal(["1", "2"], notes.Select(n => n.Label));
        Assert.EndsWith("the chapter on the Beria affair, 68-69.", ModelText.Plain(((Paragraph)notes[0].Content[0]).Content), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Document.Blocks.OfType<Paragraph>(), p => ModelText.Plain(p.Content).StartsWith("Beria", StringComparison.Ordinal));
    }

    [Fact]
    public void RunningHeadOnOddPagesOnly_AndPageNumbers_AreRemoved()
    {
        var text = new StringBuilder();
        for (var page = 1; page <= 6; page++)
        {
            if (page > 1 && page % 2 == 1)
            {
                text.Append(page).Append("\n\nScholarly Editing 33 (2012)\n\n");
            }
            else if (page > 1)
            {
                text.Append("\"A Succession of Little Occurrences\"\n\n").Append(page).Append("\n\n");
            }

            text.Append("Body text of page ").Append(page).Append(" runs on across the whole width of the column here\n");
            text.Append("and ends this page with a short sentence.\n\f");
        }

        var (document, diagnostics) = Read(text.ToString());

        var body = BodyText(document);
        Assert.DoesNotContain("Scholarly Editing", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Succession", body, StringComparison.Ordinal);
        Assert.Equal(6, document.Blocks.OfType<Paragraph>().Count());
        Assert.All(document.Blocks.OfType<Paragraph>(), p => Assert.StartsWith("Body text of page", ModelText.Plain(p.Content), StringComparison.Ordinal));
        Assert.Equal(5, diagnostics.Items.Count(d => d.Code == "read.text-page-number"));
    }

    [Fact]
    public void NoteLinesRepeatedAtPageFeet_AreNotTakenForRunningFeet()
    {
        var text = new StringBuilder();
        for (var page = 1; page <= 4; page++)
        {
            text.Append("A paragraph on page ").Append(page).Append(" calls one note here,").Append((2 * page) - 1)
                .Append(" and its second note at its end.").Append(2 * page).Append('\n');
            text.Append((2 * page) - 1).Append(" Ibid., 15.\n");
            text.Append(2 * page).Append(" Ibid., 15.\n\f");
        }

        var (document, _) = Read(text.ToString());

        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], document.Blocks.OfType<FootnoteText>().Select(n => n.Label));
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], Calls(document));
    }

    [Fact]
    public void EndnotesUnderANotesHeading_AreReadAsNotesAcrossPages()
    {
        const string text =
            "The essay opens with a long sentence that calls its very first endnote here.1\n" +
            "A second sentence, on the same page, calls the second endnote of the essay.2\n" +
            "Notes\n" +
            "1. Edwin James, introduction to A Narrative of the Captivity (New York:\n" +
            "\f" +
            "G. & C. & H. Carvill, 1830), 5.\n" +
            "2. Anishinaabe refers to the Algonquian nations that make up the Three Fires.\n\f";

        var (document, _) = Read(text);

        Assert.Equal(["1", "2"], Calls(document));
        var notes = document.Blocks.OfType<FootnoteText>().ToList();
        Assert.Equal(["1", "2"], notes.Select(n => n.Label));
        Assert.EndsWith("Carvill, 1830), 5.", ModelText.Plain(notes[0].Content), StringComparison.Ordinal);
        Assert.DoesNotContain("Notes", BodyText(document), StringComparison.Ordinal);
    }

    [Fact]
    public void NoteNumbersInAColumnOfTheirOwn_AreSharedOutAtShortLines()
    {
        const string text =
            "A page of the booklet that calls three notes, one here,1 one there,2 and a\n" +
            "last one at the end of the sentence that closes the only paragraph.3\n" +
            "1\n2\n3\n\n" +
            "James D. Richardson, A Compilation of the Messages and Papers of the Presidents,\n" +
            "II, 19.\n" +
            "American State Papers, Miscellaneous, II, 470-473.\n" +
            "3 Stat. 441.\n\f";

        var (document, _) = Read(text);

        var notes = document.Blocks.OfType<FootnoteText>().Select(n => ModelText.Plain(n.Content)).ToList();
        Assert.Equal(3, notes.Count);
        Assert.EndsWith("Presidents, II, 19.", notes[0], StringComparison.Ordinal);
        Assert.Equal("American State Papers, Miscellaneous, II, 470-473.", notes[1]);
        Assert.Equal("3 Stat. 441.", notes[2]);
    }

    [Fact]
    public void NoteWithoutACallOut_IsKeptAsTextWithAWarning()
    {
        const string text =
            "A paragraph that never calls any note at all, though one stands below it\n" +
            "on the page.\n" +
            "1 A note nobody calls.\n\f";

        var (document, diagnostics) = Read(text);

        Assert.Empty(document.Blocks.OfType<FootnoteText>());
        Assert.Contains("A note nobody calls.", BodyText(document), StringComparison.Ordinal);
    }

    [Fact]
    public void Ligatures_AreSpeltOut_AndParagraphsEndAtShortLines()
    {
        const string text =
            "The \uFB01rst paragraph runs over two lines of the column, and it ends right\n" +
            "here.\n" +
            "The second paragraph starts on the next line and is \uFB02at and short.\n\f";

        var (document, _) = Read(text);

        var paragraphs = document.Blocks.OfType<Paragraph>().Select(p => ModelText.Plain(p.Content)).ToList();
        Assert.Equal(2, paragraphs.Count);
        Assert.StartsWith("The first paragraph", paragraphs[0], StringComparison.Ordinal);
        Assert.Contains("flat", paragraphs[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("document.txt", "plain text\n", 60)]
    [InlineData("scrape", "page one\fpage two\f", 80)]
    [InlineData("document.md", "# Title\n", 0)]
    [InlineData("document.txt", "%PDF-1.7\n", 0)]
    public void Sniff_TakesTxtFilesAndFormFeeds(string name, string text, int expected)
    {
        var file = new DocumentFile("doc", "/nowhere/" + name, "/nowhere", Encoding.UTF8.GetBytes(text));

        Assert.Equal(expected, new PlainTextReader().Sniff(file));
    }

    [Fact]
    public void Choose_TxtFile_IsReadByTheTextReader()
    {
        var file = new DocumentFile("doc", "/nowhere/document.txt", "/nowhere", Encoding.UTF8.GetBytes("a\fb\f"));

        Assert.Equal("text", DocumentReaders.Choose(DocumentReaders.Default(), file, null, out _)?.Format);
    }
}

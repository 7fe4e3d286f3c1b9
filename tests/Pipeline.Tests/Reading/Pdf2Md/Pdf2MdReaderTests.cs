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

    [Theory]
    [InlineData("text <!-- PAGE_BREAK --> more", 90)]
    [InlineData("# A scrape\n\nText.<sup>1</sup>\n", 0)]
    public void Sniff_TakesPageBreakMarks(string text, int expected)
    {
        var file = new DocumentFile("doc", "/nowhere/document.md", "/nowhere", Encoding.UTF8.GetBytes(text));

        Assert.Equal(expected, new Pdf2MdReader().Sniff(file));
    }
}

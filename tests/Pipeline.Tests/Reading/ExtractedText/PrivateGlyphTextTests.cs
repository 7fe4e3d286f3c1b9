using System.Text;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading;
using Pipeline.Reading.ExtractedText;
using Pipeline.Reading.Pdf2Md;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>
/// Private-use characters an extractor copied from a font's own ligatures, read back by one
/// dictionary vote per code point over the whole text.
/// </summary>
public sealed class PrivateGlyphTextTests
{
    private static (Document Document, DiagnosticBag Diagnostics) Read(string text)
    {
        var diagnostics = new DiagnosticBag("test");
        return (new ExtractedTextReader().Read("test", "", text, diagnostics), diagnostics);
    }

    private static string Body(Document document) =>
        string.Join(" | ", ModelText.AllBlocks(document.Blocks).Select(b => ModelText.Plain(ModelText.ContentOf(b))));

    [Fact]
    public void CapitalThInOneFontAndItalicThInAnother_EachReadFromItsOwnWords()
    {
        const string text =
            "\uE053e letters were sorted by date. \uE053ey came from many hands, and then\n" +
            "gathered, with others, in the north, where the three brothers kept them together.\n" +
            "the editors read them in \uE04Ee Complete Writings of the poet. \uE053is was slow.\n" +
            "\uE053ese papers, said \uE053omas, were the best of \uE04Ee Correspondence and\n" +
            "of \uE04Ee Postal Age.1\n" +
            "1 See \uE04Ee Oxford English Dictionary, s.v. “letter.” \uE053ere are others.\n\f";

        var (document, diagnostics) = Read(text);

        var body = Body(document);
        Assert.Contains("The letters were sorted by date. They came from many hands", body, StringComparison.Ordinal);
        Assert.Contains("in The Complete Writings of the poet. This was slow.", body, StringComparison.Ordinal);
        Assert.Contains("These papers, said Thomas,", body, StringComparison.Ordinal);
        Assert.Contains("See The Oxford English Dictionary", body, StringComparison.Ordinal);
        Assert.DoesNotContain(body, PrivateUse);
        Assert.Equal(2, diagnostics.Items.Count(d => d.Code == "read.text-private-glyph"));
    }

    [Fact]
    public void LowerCaseThInsideWords_ReadAsTheWordsNeed_NotAsAFixedTable()
    {
        const string text =
            "We walked wi\uE053 o\uE053ers to \uE053e river, and \uE053at was all \uE053ey\n" +
            "saw of \uE053e o\uE053er bank all day. \uE053e boats had gone.\n\f";

        var (document, _) = Read(text);

        Assert.Contains("We walked with others to the river, and that was all they saw of the other bank all day. the boats had gone.", Body(document), StringComparison.Ordinal);
    }

    [Fact]
    public void CodePointNoReadingMakesWordsOf_KeptWithAWarningOnItsFirstLine()
    {
        const string text =
            "The first line is plain English prose.\n" +
            "The second holds x\uE061q and \uE061zzk and qo\uE061v, which are no words.\n\f";

        var (document, diagnostics) = Read(text);

        Assert.Contains("x\uE061q", Body(document), StringComparison.Ordinal);
        var warning = Assert.Single(diagnostics.Items, d => d.Code == "read.text-private-glyph-unread");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(2, warning.Line);
    }

    [Fact]
    public async Task Pdf2MdText_ItalicsAndMarkedCallOutsAroundTheGlyph_AreReadToo()
    {
        const string markdown =
            "\uE053e editors printed _\uE053e Complete Writings_ in ten volumes.^1 \uE053ey left out the letters.\n" +
            "\uE053is is why \uE053omas wrote again. \uE053ere the matter rests.^2 \n\n" +
            "(^1) \uE053ese volumes appeared in 1902. (^2) \uE053ose letters are lost. \n\n" +
            "<!-- PAGE_BREAK -->\n";
        var diagnostics = new DiagnosticBag("doc");

        var result = await new Pdf2MdReader().ReadAsync(
            new DocumentFile("doc", "/nowhere/document.md", "/nowhere", Encoding.UTF8.GetBytes(markdown)), diagnostics, CancellationToken.None);

        var body = Body(result.Document!);
        Assert.Contains("The editors printed The Complete Writings in ten volumes.", body, StringComparison.Ordinal);
        Assert.Contains("This is why Thomas wrote again. There the matter rests.", body, StringComparison.Ordinal);
        Assert.Contains("These volumes appeared in 1902.", body, StringComparison.Ordinal);
        Assert.Contains("Those letters are lost.", body, StringComparison.Ordinal);
    }

    private static bool PrivateUse(char c) => c is >= '\uE000' and <= '\uF8FF';
}

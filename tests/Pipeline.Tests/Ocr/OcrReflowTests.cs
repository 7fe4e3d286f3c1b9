using System.Collections.Immutable;
using Pipeline.Model;
using Pipeline.Ocr;

namespace Pipeline.Tests.Ocr;

[Collection(OcrEngineCollection.Name)]
public sealed class OcrReflowTests
{
    private readonly OcrEngineFixture _fixture;

    public OcrReflowTests(OcrEngineFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Reflow_Appendix2_JoinsSyllableBreaksAndKeepsRealHyphens()
    {
        var page = await _fixture.Engine.RecognizeAsync(OcrTestImages.Image(2), new OcrOptions(), CancellationToken.None);

        var reflowed = OcrReflow.Reflow(page, _fixture.Judge(page.PlainText));
        var text = reflowed.Text;

        Assert.Contains("sweep-", page.PlainText, StringComparison.Ordinal);
        foreach (var joined in new[] { "sweeping", "Presidium", "Stalinabad", "Stalinogorsk", "Volgograd." })
        {
            Assert.Contains(joined, text, StringComparison.Ordinal);
        }

        Assert.Contains("de-Stalinization", text, StringComparison.Ordinal);
        Assert.Contains("24,590-foot", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Vol-", text, StringComparison.Ordinal);
        var continued = reflowed.Paragraphs.SelectMany(p => p.Lines).Where(l => l.ContinuesWord).Select(l => l.Text).ToList();
        Assert.Contains(continued, l => l.StartsWith("ing ", StringComparison.Ordinal));
        Assert.Contains(continued, l => l.StartsWith("gograd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reflow_Appendix2_IndentedParagraphsBecomeSeparateParagraphs()
    {
        var page = await _fixture.Engine.RecognizeAsync(OcrTestImages.Image(2), new OcrOptions(), CancellationToken.None);

        var paragraphs = OcrReflow.Reflow(page, _fixture.Judge(page.PlainText)).Paragraphs.Select(ReflowedText.ParagraphText).ToList();

        Assert.Contains(paragraphs, p => p.StartsWith("The move was the third name change", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("Pravda reported the Stalingrad", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("The highest mountain", StringComparison.Ordinal));
    }

    [Fact]
    public void Reflow_HyphenBeforeLowercaseSyllable_JoinsAndMarksContinuation()
    {
        var page = PageOf("the sweep-", "ing programme of", "Marxist-", "Leninist thought");

        var reflowed = OcrReflow.Reflow(page, _fixture.Judge("Marxist-Leninist"));

        Assert.Equal("the sweeping programme of Marxist-Leninist thought", reflowed.Text);
        var lines = reflowed.Paragraphs.Single().Lines;
        Assert.Equal([false, true, false, true], lines.Select(l => l.ContinuesWord));
        Assert.Equal("the sweep", lines[0].Text);
        Assert.Equal("Marxist-", lines[2].Text);
    }

    [Theory]
    [InlineData("Non-", "Recurring expenses", "the Non- Recurring expenses")]
    [InlineData("pre-", "War prices", "the pre- War prices")]
    [InlineData("Franco-", "Prussian war", "the Franco- Prussian war")]
    public void Reflow_HyphenBeforeACapitalOnly_StaysAtTheLineEndWithTheNextWordApart(string end, string next, string expected)
    {
        var page = PageOf("the " + end, next);

        var reflowed = OcrReflow.Reflow(page, _fixture.Judge(""));

        Assert.Equal(expected, reflowed.Text);
        Assert.False(reflowed.Paragraphs.Single().Lines[1].ContinuesWord);
    }

    [Fact]
    public void Reflow_HyphenBeforeACapital_CompoundTheTextUses_WrittenWhole()
    {
        var page = PageOf("a Non-", "Recurring charge");

        var reflowed = OcrReflow.Reflow(page, _fixture.Judge("the Non-Recurring charges"));

        Assert.Equal("a Non-Recurring charge", reflowed.Text);
    }

    [Fact]
    public void Reflow_CapitalisedWordHyphenatedAtTheFootOfAColumn_JoinedWithTheNextColumn()
    {
        var first = PageOf("or that the handful of liberal", "Turks at Con-").Blocks.Single();
        var second = PageOf("stantinople are capable of", "controlling them.").Blocks.Single();
        var page = new OcrPage(1600, 80, [first, new OcrBlock(new PixelBox(810, 0, 820, 80), [], OcrRegionKind.Rule), Shift(second, 820)], new OcrPreprocessing(0, 1, 300));

        var reflowed = OcrReflow.Reflow(page, _fixture.Judge("the palace at Constantinople"));

        Assert.Equal("or that the handful of liberal Turks at Constantinople are capable of controlling them.", reflowed.Text);
        Assert.True(reflowed.Paragraphs.Single().Lines[2].ContinuesWord);
    }

    [Fact]
    public void Reflow_ImageZone_AddsNoText()
    {
        var text = PageOf("A caption under the picture.").Blocks.Single();
        var page = new OcrPage(800, 400, [new OcrBlock(new PixelBox(0, 100, 800, 400), [], OcrRegionKind.Image), text], new OcrPreprocessing(0, 1, 300));

        Assert.Equal("A caption under the picture.", OcrReflow.Reflow(page, _fixture.Judge("")).Text);
    }

    private static OcrBlock Shift(OcrBlock block, int dx)
    {
        static PixelBox Move(PixelBox b, int d) => new(b.Left + d, b.Top, b.Right + d, b.Bottom);
        return block with
        {
            Box = Move(block.Box, dx),
            Lines = [.. block.Lines.Select(l => l with { Box = Move(l.Box, dx), Words = [.. l.Words.Select(w => w with { Box = Move(w.Box, dx) })] })],
        };
    }

    private static OcrPage PageOf(params string[] lines)
    {
        // Full-width lines of a justified column, 40 px apart; the last one short.
        var ocrLines = lines.Select((text, i) =>
        {
            var right = i == lines.Length - 1 ? 400 : 800;
            var box = new PixelBox(0, i * 40, right, (i * 40) + 30);
            var words = text.Split(' ').Select(w => new OcrWord(w, box, 0.9)).ToImmutableArray();
            return new OcrLine(words, box, 0.9, i == 0);
        }).ToImmutableArray();
        var block = new OcrBlock(new PixelBox(0, 0, 800, lines.Length * 40), ocrLines);
        return new OcrPage(800, lines.Length * 40, [block], new OcrPreprocessing(0, 1, 300));
    }
}

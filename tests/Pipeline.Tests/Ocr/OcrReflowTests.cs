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

using Pipeline.Model;
using Pipeline.Ocr;

namespace Pipeline.Tests.Ocr;

public sealed class SpeckFilterTests
{
    [Theory]
    [InlineData("|", 0.95, true)]
    [InlineData("]", 0.9, true)]
    [InlineData("\\", 0.9, true)]
    [InlineData(";", 0.3, true)]
    [InlineData(";", 0.9, false)]
    [InlineData("—", 0.9, false)]
    [InlineData("——", 0.9, true)]
    [InlineData("—~", 0.9, true)]
    [InlineData("I", 0.3, false)]
    [InlineData("1956.", 0.4, false)]
    [InlineData("[1]", 0.9, false)]
    public void IsSpeck_MarksWithoutLettersOrDigits(string text, double confidence, bool speck) =>
        Assert.Equal(speck, SpeckFilter.IsSpeck(new OcrWord(text, default, confidence)));

    [Fact]
    public void Clean_DropsSpeckWordsAndLinesOfDashesAndKeepsText()
    {
        var lines = new[] { Line("Half-Mad", "|", "and"), Line("——", "—"), Line("]", "\\") };

        var cleaned = SpeckFilter.Clean(lines);

        Assert.Equal(["Half-Mad and"], cleaned.Select(l => l.Text));
    }

    private static OcrLine Line(params string[] words) =>
        new([.. words.Select(w => new OcrWord(w, new PixelBox(0, 0, 10, 10), 0.9))], new PixelBox(0, 0, 100, 10), 0.9, false);
}

namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>A short line whose last word a hyphen cuts (mutool's pieces of a justified line, a head's line) goes on into the next.</summary>
public sealed class CutWordLineTests
{
    [Fact]
    public void AShortLineEndingInACutWord_DoesNotEndItsParagraph()
    {
        const string text =
            "There have been various alterations of the State House through\n" +
            "the years, and the building was repaired more than once after\n" +
            "the war had ended in the city and the Congress returned.\n" +
            "When the British oc-\n" +
            "cupied Philadelphia in 1777-1778, they damaged the hall badly.\n" +
            "The Assembly met there again in the autumn of the next year.\n\f";

        var paragraphs = TextReading.Paragraphs(TextReading.Read(text));

        var cut = Assert.Single(paragraphs, p => p.Contains("oc-", StringComparison.Ordinal));
        Assert.Contains("cupied Philadelphia", cut, StringComparison.Ordinal);
    }
}

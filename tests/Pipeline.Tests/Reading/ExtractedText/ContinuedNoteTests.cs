using Pipeline.Reading.Layout;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>
/// groff sets the rest of a note continued from the page before at the top of the next page's foot,
/// several lines long, with nothing between it and the body's last line. The reader hands the
/// continuation on as its own block, which the footnote stage joins to the note.
/// </summary>
public sealed class ContinuedNoteTests
{
    private const string FirstPage =
        "The valley was a borderland long before the surveyors came to it.1 Its\n" +
        "people traded across the mountains with the towns of the plains.\n" +
        "1 In positioning the valley as a borderland, I draw on the idea of a region\n" +
        "that positions places like the Missouri valley and this one as con-\n\f";

    [Fact]
    public void ANoteCutByAHyphen_GoesOnFromTheLineWhoseFirstWordEndsTheCutWord()
    {
        const string text = FirstPage +
            "the surveyors followed the roads the traders had made.2 While a selection\n" +
            "of letters is a small\n" +
            "tested spaces of interaction and exchange between many groups. See\n" +
            "Aron, American Confluence, xiii-xxi.\n" +
            "2 The history of the valley has been told in many books.\n\f";

        var document = TextReading.Read(text);

        var notes = document.Blocks.OfType<FootnoteText>().ToList();
        Assert.Equal(["1", "2"], notes.Select(n => n.Label));
        var continued = ModelText.Plain(Assert.Single(document.Blocks.OfType<FootnoteContinuation>()).Content);
        Assert.StartsWith("tested spaces of interaction", continued, StringComparison.Ordinal);
        Assert.EndsWith("Aron, American Confluence, xiii-xxi.", continued, StringComparison.Ordinal);
        Assert.DoesNotContain(TextReading.Paragraphs(document), p => p.Contains("tested spaces", StringComparison.Ordinal));
        Assert.Contains(TextReading.Paragraphs(document), p => p.Contains("is a small", StringComparison.Ordinal));
    }

    [Fact]
    public void WithNoLineCompletingTheCutWord_OnlyTheLineAboveTheFootGoesOn()
    {
        const string text = FirstPage +
            "the surveyors followed the roads the traders had made.2 While a selection\n" +
            "of letters is a small\n" +
            "spaces of interaction and exchange between many groups.\n" +
            "2 The history of the valley has been told in many books.\n\f";

        var document = TextReading.Read(text);

        var continued = ModelText.Plain(Assert.Single(document.Blocks.OfType<FootnoteContinuation>()).Content);
        Assert.Equal("spaces of interaction and exchange between many groups.", continued);
        Assert.Contains(TextReading.Paragraphs(document), p => p.Contains("is a small", StringComparison.Ordinal));
    }

    private const string OpenNotePage =
        "The valley was a borderland long before the surveyors came to it.1 Its\n" +
        "people traded across the mountains with the towns of the plains.\n" +
        "1 The act of reporting on the valley was an exercise in what White calls\n" +
        "spatial representation, an attempt to shape what is lived. Through this,\n\f";

    private const string Foot = "2 Hayden, Report, 196.\n\f";

    [Fact]
    public void ACaptionBeforeTheContinuation_LeavesTheBlockAfterItsBlankLineToTheNote()
    {
        const string text = OpenNotePage +
            "the roads were firm and smooth, as the press reported at the time.2\n" +
            "\n" +
            "Figure 3. High-frequency topics associated with the valley in the\n" +
            "newspapers of the territory, which most frequently paid\n" +
            "\n" +
            "the essay captures both the characteristics and the extent of this act\n" +
            "of representation. See White, What is Spatial History?\n" +
            Foot;

        var document = TextReading.Read(text);

        var continued = ModelText.Plain(Assert.Single(document.Blocks.OfType<FootnoteContinuation>()).Content);
        Assert.StartsWith("the essay captures", continued, StringComparison.Ordinal);
        Assert.EndsWith("What is Spatial History?", continued, StringComparison.Ordinal);
        Assert.Contains(TextReading.Paragraphs(document), p => p.Contains("most frequently paid", StringComparison.Ordinal));
    }

    [Theory]
    // The caption ends its sentence: what follows the gap may be the body going on after the figure.
    [InlineData("newspapers of the territory, 1862-1878.\n\n")]
    // No blank line: nothing tells the caption's last line from the note's first.
    [InlineData("newspapers of the territory, which most frequently paid\n")]
    // The gap is inside a word the caption cut.
    [InlineData("newspapers of the territory, which most fre-\n\n")]
    public void WithoutACutCaptionAndAGap_OnlyTheLineAboveTheFootGoesOn(string captionEnd)
    {
        var text = OpenNotePage +
            "the roads were firm and smooth, as the press reported at the time.2\n" +
            "\n" +
            "Figure 3. High-frequency topics associated with the valley in the\n" +
            captionEnd +
            "the essay captures both the characteristics and the extent of this act\n" +
            "of representation. See White, What is Spatial History?\n" +
            Foot;

        var document = TextReading.Read(text);

        var continued = ModelText.Plain(Assert.Single(document.Blocks.OfType<FootnoteContinuation>()).Content);
        Assert.Equal("of representation. See White, What is Spatial History?", continued);
    }

    [Fact]
    public void AGapAfterBodyTextWithNoCaption_LeavesOnlyTheLineAboveTheFoot()
    {
        const string text = OpenNotePage +
            "the roads were firm and smooth, as the press reported at the time, which\n" +
            "\n" +
            "the essay captures both the characteristics and the extent of this act.2\n" +
            "of representation. See White, What is Spatial History?\n" +
            Foot;

        var document = TextReading.Read(text);

        var continued = ModelText.Plain(Assert.Single(document.Blocks.OfType<FootnoteContinuation>()).Content);
        Assert.Equal("of representation. See White, What is Spatial History?", continued);
    }
}

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
}

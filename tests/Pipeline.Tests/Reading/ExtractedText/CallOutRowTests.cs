using Pipeline.Model;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>A call-out pdftotext printed on a line of its own: with the line above, or with the sentence it closes below.</summary>
public sealed class CallOutRowTests
{
    private static string Text(string above) =>
        "The extension service generated genres such as forms, reports, brochures and ledgers.\n" +
        above + "\n" +
        "1\n\n" +
        "recognizable as responses to recurring communication situations.\n\n" +
        "Genres are intrinsically connected to the social actions and relationships of a county.\n" +
        "1 Bawarshi and Reiff, Genre: An Introduction to History, Theory, Research, 3.\n\f";

    /// <summary>The text just before the call-out, in the paragraph that holds it.</summary>
    private static string Before(Document document)
    {
        var paragraph = document.Blocks.OfType<Paragraph>().Single(p => p.Content.Any(i => i is NoteCall));
        var at = paragraph.Content.IndexOf(paragraph.Content.First(i => i is NoteCall));
        return ModelText.Plain(paragraph.Content.Take(at));
    }

    [Fact]
    public void CallOutLineAfterAPhraseCutMidway_GoesWithTheSentenceItCloses()
    {
        var document = TextReading.Read(Text("In this context genres, identifiable through form, content and intent, are written texts"));

        Assert.Equal(["1"], TextReading.Calls(document));
        Assert.EndsWith("recurring communication situations.", Before(document), StringComparison.Ordinal);
    }

    [Fact]
    public void CallOutLineAfterPunctuation_StaysWithTheLineAbove()
    {
        var document = TextReading.Read(Text("In this context genres, identifiable through form, content and intent, are written texts."));

        Assert.Equal(["1"], TextReading.Calls(document));
        Assert.EndsWith("are written texts.", Before(document), StringComparison.Ordinal);
    }
}

using Pipeline.Diagnostics;
using Pipeline.Reading.ExtractedText;
using Pipeline.Reading.Layout;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>
/// pdftotext's reading order on a page printed in two columns: the columns' feet come out as blocks
/// in any order, a note number may stand apart from its text, and the body's call-outs follow the
/// blocks, not the numbering.
/// </summary>
public sealed class ScatteredFootTests
{
    [Fact]
    public void FeetOfTwoColumnsOutOfOrder_AreReadByTheirNumbers_AndACutNoteGoesOnWhereItsColumnResumes()
    {
        const string text =
            "The committee met in the hall of the college.3 Its members\n" +
            "wrote to their friends abroad.4 The first meeting was held in\n" +
            "the spring.1 A second followed in the autumn of the year.2\n" +
            "The records of both were kept by the clerk of the committee.\n" +
            "\n" +
            "3 Journals, I, 13.\n" +
            "4 Ibid., p. 14.\n" +
            "\n" +
            "1 Gaillard Hunt, The Department of State of the United\n" +
            "2 Ibid., p. 20.\n" +
            "\n" +
            "States (New Haven, 1914), p. 427.\n\f";
        var diagnostics = new DiagnosticBag("test");

        var document = new ExtractedTextReader().Read("test", "", text, diagnostics);

        var notes = document.Blocks.OfType<FootnoteText>().ToList();
        Assert.Equal(["1", "2", "3", "4"], notes.Select(n => n.Label));
        Assert.Equal("Gaillard Hunt, The Department of State of the United States (New Haven, 1914), p. 427.", ModelText.Plain(notes[0].Content));
        Assert.Equal("Ibid., p. 20.", ModelText.Plain(notes[1].Content));
        Assert.Equal("Journals, I, 13.", ModelText.Plain(notes[2].Content));
        Assert.Equal(["3", "4", "1", "2"], TextReading.Calls(document));
        Assert.Contains(diagnostics.Items, d => d.Code == "read.text-foot-out-of-order");
        Assert.DoesNotContain(TextReading.Paragraphs(document), p => p.Contains("New Haven", StringComparison.Ordinal));
    }

    [Fact]
    public void NumbersStandingApartAboveOneBlock_TakeItsSentencesInTurn()
    {
        const string text =
            "The first committee met in the hall.1 Its members wrote often.2\n" +
            "They met again in the spring.3 The last meeting was in the autumn.\n" +
            "\n3\n\n1\n\n2\n\n" +
            "Journals, I, 13.\n" +
            "Ibid., p. 14.\n" +
            "Hunt, The Department of State (New Haven,\n" +
            "1914), p. 427.\n\f";

        var document = TextReading.Read(text);

        var notes = document.Blocks.OfType<FootnoteText>().ToList();
        Assert.Equal(["1", "2", "3"], notes.Select(n => n.Label));
        Assert.Equal(
            ["Journals, I, 13.", "Ibid., p. 14.", "Hunt, The Department of State (New Haven, 1914), p. 427."],
            notes.Select(n => ModelText.Plain(n.Content)));
        Assert.Equal(["1", "2", "3"], TextReading.Calls(document));
    }

    [Fact]
    public void AFooterLineBetweenTheFeet_IsGivenBackWhenTheNextBlockCountsOnePieceMore()
    {
        const string text =
            "The first committee met in the hall.1 Its members wrote often.2\n" +
            "They met again in the spring.3 The last meeting was in the autumn.4 And more.5\n" +
            "\n3\n\n1\n\n2\n\n" +
            "Journals, I, 13.\n" +
            "Ibid., p. 14.\n" +
            "\n" +
            "U.S. Department of State, Office of the Historian\n" +
            "\n4\n\n5\n\n" +
            "Hunt, The Department of State (New Haven, 1914), p. 427.\n" +
            "Ibid., p. 20.\n" +
            "Ibid., p. 21.\n\f";
        var diagnostics = new DiagnosticBag("test");

        var document = new ExtractedTextReader().Read("test", "", text, diagnostics);

        var notes = document.Blocks.OfType<FootnoteText>().ToList();
        Assert.Equal(
            ["Journals, I, 13.", "Ibid., p. 14.", "Hunt, The Department of State (New Haven, 1914), p. 427.", "Ibid., p. 20.", "Ibid., p. 21."],
            notes.Select(n => ModelText.Plain(n.Content)));
        Assert.Contains(diagnostics.Items, d => d.Code == "read.text-foot-stray-line");
        Assert.DoesNotContain(diagnostics.Items, d => d.Code == "read.text-note-text-missing");
    }

    [Fact]
    public void BodyTextBetweenTheFeet_StaysBody()
    {
        const string text =
            "The committee met in the hall of the college.2 Its members\n" +
            "wrote to their friends abroad.1 The meeting was held in spring.\n" +
            "\n" +
            "2 Journals, I, 13.\n" +
            "\n" +
            "The time in Baltimore was a trying one for the\n" +
            "Congress and its members.\n" +
            "\n" +
            "1 Ibid., p. 14.\n\f";

        var document = TextReading.Read(text);

        var notes = document.Blocks.OfType<FootnoteText>().ToDictionary(n => n.Label, n => ModelText.Plain(n.Content));
        Assert.Equal("Ibid., p. 14.", notes["1"]);
        Assert.Equal("Journals, I, 13.", notes["2"]);
        Assert.Contains(TextReading.Paragraphs(document), p => p.Contains("trying one", StringComparison.Ordinal));
    }
}

using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading.Layout;
using Pipeline.Stages.Footnotes;
using Pipeline.Stages.PageRepair;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Stages.Footnotes;

public class FootnoteStageTests
{
    [Fact]
    public async Task Run_Seed_PlacesAllFiftyFiveNotesAtTheirCallOuts()
    {
        var (document, diagnostics) = await StageRunner.ReadAndRunAsync(SeedFiles.SeedText, string.Empty, new PageRepairStage(), new FootnoteStage());

        var notes = document.Blocks.SelectMany(block => ModelText.AllInlines(ModelText.ContentOf(block))).OfType<Note>().ToList();
        Assert.Equal(55, notes.Count);
        Assert.Equal(Enumerable.Range(1, 55).Select(n => $"note-{n}"), notes.Select(note => note.Id));
        Assert.All(notes, note => Assert.IsType<Paragraph>(Assert.Single(note.Content)));
        Assert.DoesNotContain(ModelText.AllBlocks(document.Blocks), block => block is FootRule or FootnoteText or FootnoteContinuation);
        Assert.DoesNotContain(
            ModelText.AllBlocks(document.Blocks).SelectMany(block => ModelText.AllInlines(ModelText.ContentOf(block))),
            inline => inline is NoteCall);
        Assert.DoesNotContain(diagnostics.Items, item => item.Severity != Severity.Info);
    }

    [Fact]
    public async Task Run_Seed_NoteFiftyIsWholeAndSitsInItsParagraph()
    {
        var (document, _) = await StageRunner.ReadAndRunAsync(SeedFiles.SeedText, string.Empty, new PageRepairStage(), new FootnoteStage());

        var paragraph = document.Blocks.OfType<Paragraph>().Single(block => block.Span.FirstLine == 175);
        var note = paragraph.Content.OfType<Note>().Single(note => note.Label == "50");
        var text = ModelText.Plain(((Paragraph)note.Content[0]).Content);
        Assert.EndsWith("encompassed in Aron Raymond, Democracy and Totalitarianism: A Theory of Political Systems, (London: Weidenfeld and Nicolson, 1970).", text, StringComparison.Ordinal);
        var index = paragraph.Content.IndexOf(note);
        Assert.EndsWith("universalistic utopia.”", ((Text)paragraph.Content[index - 1]).Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Seed_TwoCallsInOneSuperscriptGetTheirOwnNotes()
    {
        var (document, _) = await StageRunner.ReadAndRunAsync(SeedFiles.SeedText, string.Empty, new PageRepairStage(), new FootnoteStage());

        var paragraph = document.Blocks.OfType<Paragraph>().Single(block => block.Span.FirstLine == 9);
        var labels = paragraph.Content.OfType<Note>().Select(note => note.Label);
        Assert.Equal(["1", "2", "3", "4"], labels);
        Assert.IsType<Note>(paragraph.Content[^1]);
        Assert.IsType<Note>(paragraph.Content[^2]);
    }

    [Fact]
    public async Task Run_CallWithoutNote_IsAnErrorNamingNumberAndLine()
    {
        var text = SeedFiles.SeedText.Replace("<sup>17</sup> Roy A. Medvedev, *Khrushchev* (Oxford: Blackwells, 1982): 68-69.\n\n", string.Empty, StringComparison.Ordinal);

        var (document, diagnostics) = await StageRunner.ReadAndRunAsync(text, string.Empty, new PageRepairStage(), new FootnoteStage());

        var error = Assert.Single(diagnostics.Items, item => item.Severity == Severity.Error);
        Assert.Equal("notes.dangling-call", error.Code);
        Assert.Equal(65, error.Line);
        Assert.Contains("17", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 65", error.Message, StringComparison.Ordinal);
        var paragraph = document.Blocks.OfType<Paragraph>().Single(block => block.Span.FirstLine == 65);
        Assert.Contains(paragraph.Content, inline => inline is Styled { Style: TextStyle.Superscript } styled && ModelText.Plain(styled.Content) == "17");
    }

    [Fact]
    public async Task Run_NoteWithoutCall_IsAnErrorAndKeepsItsText()
    {
        var text = SeedFiles.SeedText.Replace("ever again.<sup>17</sup>", "ever again.", StringComparison.Ordinal);

        var (document, diagnostics) = await StageRunner.ReadAndRunAsync(text, string.Empty, new PageRepairStage(), new FootnoteStage());

        var error = Assert.Single(diagnostics.Items, item => item.Severity == Severity.Error);
        Assert.Equal("notes.orphan-note", error.Code);
        Assert.Equal(71, error.Line);
        Assert.Contains("footnote 17", error.Message, StringComparison.Ordinal);
        var kept = Assert.Single(document.Blocks.OfType<Paragraph>(), block => block.Span.FirstLine == 71);
        Assert.Equal("Roy A. Medvedev, Khrushchev (Oxford: Blackwells, 1982): 68-69.", ModelText.Plain(kept.Content));
    }

    [Fact]
    public async Task Run_DuplicateNumberWithTwoCallOuts_WarnsAndPlacesBoth()
    {
        const string Text = "One.<sup>1</sup> Two.<sup>1</sup>\n\n---\n\n<sup>1</sup> First.\n\n<sup>1</sup> Second.";

        var (document, diagnostics) = await StageRunner.ReadAndRunAsync(Text, string.Empty, new FootnoteStage());

        Assert.DoesNotContain(diagnostics.Items, item => item.Severity == Severity.Error);
        var warning = Assert.Single(diagnostics.Items, item => item.Code == "notes.duplicate-number");
        Assert.Equal((Severity.Warning, 7), (warning.Severity, warning.Line));
        var notes = ((Paragraph)document.Blocks[0]).Content.OfType<Note>().ToList();
        Assert.Equal(["note-1", "note-1-2"], notes.Select(note => note.Id));
        Assert.Equal(["First.", "Second."], notes.Select(note => ModelText.Plain(((Paragraph)note.Content[0]).Content)));
    }

    [Fact]
    public async Task Run_OutOfOrderNumbers_AreAWarning()
    {
        const string Text = "One.<sup>2</sup> Two.<sup>1</sup>\n\n---\n\n<sup>2</sup> Second.\n\n<sup>1</sup> First.";

        var (document, diagnostics) = await StageRunner.ReadAndRunAsync(Text, string.Empty, new FootnoteStage());

        Assert.Contains(diagnostics.Items, item => item is { Code: "notes.out-of-order", Severity: Severity.Warning, Line: 1 });
        Assert.Contains(diagnostics.Items, item => item is { Code: "notes.out-of-order", Severity: Severity.Warning, Line: 7 });
        Assert.False(diagnostics.HasErrors);
        Assert.Equal(2, ((Paragraph)document.Blocks[0]).Content.OfType<Note>().Count());
    }

    [Fact]
    public async Task Run_NoteZeroAndHugeNumbers_AreMatchedWithoutCrash()
    {
        const string Huge = "123456789012345678901234567890";
        const string Text = "A.<sup>0</sup> B.<sup>" + Huge + "</sup> C.<sup>99999999999999999999999999999999999</sup>\n\n---\n\n<sup>0</sup> Zero.\n\n<sup>" + Huge + "</sup> Huge.";

        var (document, diagnostics) = await StageRunner.ReadAndRunAsync(Text, string.Empty, new FootnoteStage());

        var notes = ((Paragraph)document.Blocks[0]).Content.OfType<Note>().ToList();
        Assert.Equal(["note-0", "note-" + Huge], notes.Select(note => note.Id));
        var error = Assert.Single(diagnostics.Items, item => item.Severity == Severity.Error);
        Assert.Equal("notes.dangling-call", error.Code);
    }
}

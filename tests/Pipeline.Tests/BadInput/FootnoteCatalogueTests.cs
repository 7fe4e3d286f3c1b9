using System.Globalization;
using System.Text;
using Pipeline.Diagnostics;
using Pipeline.Tests.Batch;
using static Pipeline.Tests.BadInput.BadInputHarness;

namespace Pipeline.Tests.BadInput;

/// <summary>The catalogue's entries about footnote call-outs, notes and rules.</summary>
public sealed class FootnoteCatalogueTests
{
    [Fact]
    public async Task Convert_SupNeverClosed_WarningWithLineAndTextKept()
    {
        using var temp = new TempFolder();

        var result = await ConvertAsync(temp, Essay("A call-out that never closes<sup>1 and the sentence goes on."));

        Assert.NotNull(result.Tei);
        var warning = AssertReported(result, "read.sup-unclosed", Severity.Warning);
        Assert.Equal(7, warning.Line);
        Assert.Contains("and the sentence goes on.", BodyText(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_SupHoldingLetters_NotANoteAndTextKept()
    {
        using var temp = new TempFolder();

        var result = await ConvertAsync(temp, Essay("The 1<sup>st</sup> of May."));

        Assert.NotNull(result.Tei);
        Assert.Contains("st", BodyText(result), StringComparison.Ordinal);
        Assert.Equal(1, Notes(result));
    }

    [Fact]
    public async Task Convert_NoteZero_ConvertedAndWellFormed()
    {
        using var temp = new TempFolder();

        var result = await ConvertAsync(temp, Essay("Zero<sup>0</sup> here.", "<sup>0</sup> The zeroth note."));

        Assert.NotNull(result.Tei);
        Assert.Contains("The zeroth note.", BodyText(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_HugeNoteNumber_NoOverflowAndNoteKept()
    {
        using var temp = new TempFolder();
        const string Huge = "99999999999999999999999";

        var result = await ConvertAsync(temp, Essay($"Huge<sup>{Huge}</sup> here.", $"<sup>{Huge}</sup> The huge note."));

        Assert.NotNull(result.Tei);
        Assert.Contains("The huge note.", BodyText(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_OutOfOrderNotes_WarningsAndEveryNoteKept()
    {
        using var temp = new TempFolder();
        var text = Essay(
            "Third<sup>3</sup>, first<sup>1</sup>, second<sup>2</sup>.",
            "<sup>2</sup> Note two.\n\n<sup>1</sup> Note one.\n\n<sup>3</sup> Note three.");

        var result = await ConvertAsync(temp, text);

        Assert.NotNull(result.Tei);
        AssertReported(result, "notes.out-of-order", Severity.Warning);
        var body = BodyText(result);
        foreach (var note in new[] { "Note one.", "Note two.", "Note three." })
        {
            Assert.Contains(note, body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Convert_DuplicateNoteNumbers_ClearMessageWithLine()
    {
        using var temp = new TempFolder();
        var text = Essay(
            "First<sup>1</sup>, first again<sup>1</sup>.",
            "<sup>1</sup> Note one.\n\n<sup>1</sup> Note one again.");

        var result = await ConvertAsync(temp, text);

        var duplicate = result.Diagnostics.First(d => d.Code == "notes.duplicate-number");
        Assert.Equal(11, duplicate.Line);
        Assert.Contains("repeats the number", duplicate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_DuplicateNoteNumbers_DocumentStillConvertedWithBothNotes()
    {
        // Scrapes repeat note numbers (numbering restarting per chapter, a page scraped twice); losing the
        // whole essay for it loses good text: each repeat is placed at its own call-out, with a warning.
        using var temp = new TempFolder();
        var text = Essay(
            "First<sup>1</sup>, first again<sup>1</sup>.",
            "<sup>1</sup> Note one.\n\n<sup>1</sup> Note one again.");

        var result = await ConvertAsync(temp, text);

        Assert.True(result.Tei is not null, string.Join(" | ", result.Diagnostics));
        Assert.Contains("Note one again.", BodyText(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_RuleWithNoNotesAfterIt_WarningAndFollowingTextKept()
    {
        using var temp = new TempFolder();
        var text = "## A Title\n\nBefore the rule.\n\n---\n\nAfter the rule, no note at all.\n";

        var result = await ConvertAsync(temp, text);

        Assert.NotNull(result.Tei);
        AssertReported(result, "read.rule-without-notes", Severity.Warning);
        Assert.Contains("After the rule, no note at all.", BodyText(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Convert_TenThousandFootnotes_AllKeptAndWellFormed()
    {
        using var temp = new TempFolder();
        var text = new StringBuilder("## Ten thousand notes\n\n");
        for (var page = 0; page < 100; page++)
        {
            var first = (page * 100) + 1;
            text.Append("Paragraph of page ").Append(page + 1).Append(' ');
            for (var n = first; n < first + 100; n++)
            {
                text.Append(CultureInfo.InvariantCulture, $"claim<sup>{n}</sup> ");
            }

            text.Append("\n\n---\n\n");
            for (var n = first; n < first + 100; n++)
            {
                text.Append(CultureInfo.InvariantCulture, $"<sup>{n}</sup> Source number {n}.\n\n");
            }
        }

        var result = await ConvertAsync(temp, text.ToString());

        Assert.NotNull(result.Tei);
        Assert.Equal(10_000, Notes(result));
        Assert.Contains("Source number 10000.", BodyText(result), StringComparison.Ordinal);
    }
}

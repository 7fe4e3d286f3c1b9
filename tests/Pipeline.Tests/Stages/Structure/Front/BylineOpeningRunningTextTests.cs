using System.Collections.Immutable;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Stages;
using Pipeline.Stages.Structure;
using Pipeline.Stages.Structure.Front;

namespace Pipeline.Tests.Stages.Structure.Front;

/// <summary>
/// A by-line set apart on the right of the page, which pdftotext -layout text runs into the
/// paragraph after it (an epigraph with its note call, or the body), under title lines the reader
/// gave a paragraph each (hand-made).
/// </summary>
public sealed class BylineOpeningRunningTextTests
{
    private const string Journal = "Harbour Studies: The Annual of the Society for Maritime History";
    private const string Volume = "Volume 12, 2009 | https://example.org/2009/essays/hart.html";
    private const string Epigraph = "We walked down to the quays, where the master showed us a ledger he said had";
    private const string EpigraphEnd = "just turned up among the sacks.";

    private static Paragraph P(int line, params Inline[][] lines)
    {
        var content = ImmutableArray.CreateBuilder<Inline>();
        for (var k = 0; k < lines.Length; k++)
        {
            if (k > 0)
            {
                content.Add(new LineEnd(LineEndKind.Soft, line + k - 1));
            }

            content.AddRange(lines[k]);
        }

        return new Paragraph(content.ToImmutable(), new SourceSpan(line, line + lines.Length - 1, 1));
    }

    private static Inline[] L(string text) => [new Text(text)];

    private static async Task<Document> RunAsync(params Block[] blocks)
    {
        var context = new StageContext(new DiagnosticBag("byline"), "");
        var document = new Document { Id = "byline", SourceDirectory = "", Blocks = [.. blocks] };
        document = await new FrontSplitStage().RunAsync(document, context, CancellationToken.None);
        return await new StructureStage().RunAsync(document, context, CancellationToken.None);
    }

    [Fact]
    public async Task UnderAMasthead_TheBylineLeavesTheEpigraphWithItsNoteCall()
    {
        var document = await RunAsync(
            P(1, L(Journal), L(Volume), L("The Ledger in the Sacks")),
            P(4, L("Small Accounts and Other Puzzles in")),
            P(5, L("Editing a Harbour Master's Papers")),
            P(6, L("Maria Lopez Hart and Bo Li"), L(Epigraph), [new Text(EpigraphEnd), new NoteCall("1", 8)]));

        Assert.Equal("The Ledger in the Sacks Small Accounts and Other Puzzles in Editing a Harbour Master's Papers", PlainText.Of(document.Metadata.Title));
        Assert.Equal(["Maria Lopez Hart", "Bo Li"], document.Metadata.Authors.Select(a => a.Name).ToArray());
        var epigraph = (Paragraph)Assert.Single(document.Blocks);
        Assert.StartsWith("We walked down", PlainText.Of(epigraph.Content), StringComparison.Ordinal);
        Assert.Contains(epigraph.Content, inline => inline is NoteCall { Label: "1" });
    }

    [Fact]
    public async Task TitleLinesAsParagraphs_TheBylineOpeningTheNextParagraphIsTheAuthor()
    {
        var document = await RunAsync(
            P(1, L("The Ledger in the Sacks")),
            P(2, L("Editing a Harbour Master's Papers")),
            P(3, L("Maria Lopez Hart"), L(Epigraph), L(EpigraphEnd)));

        Assert.Equal("The Ledger in the Sacks Editing a Harbour Master's Papers", PlainText.Of(document.Metadata.Title));
        Assert.Equal("Maria Lopez Hart", Assert.Single(document.Metadata.Authors).Name);
        Assert.StartsWith("We walked down", PlainText.Of(((Paragraph)Assert.Single(document.Blocks)).Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TitleLinesAsParagraphs_ABodyParagraphAfterThemIsNoByline()
    {
        var document = await RunAsync(
            P(1, L("The Ledger in the Sacks")),
            P(2, L(Epigraph), L(EpigraphEnd)));

        Assert.Empty(document.Metadata.Authors);
        Assert.StartsWith("We walked down", PlainText.Of(((Paragraph)document.Blocks[^1]).Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AOneLineParagraphAboveTitleAndByline_LeavesTheTitleInTheParagraphBelow()
    {
        var document = await RunAsync(
            P(1, L("Harbour Studies 12")),
            P(2, L("A Tale of Two Harbours"), L("Maria Lopez Hart"), L(Epigraph), L(EpigraphEnd)));

        Assert.Equal("A Tale of Two Harbours", PlainText.Of(document.Metadata.Title));
        Assert.Equal("Maria Lopez Hart", Assert.Single(document.Metadata.Authors).Name);
    }
}

using System.Collections.Immutable;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Stages;
using Pipeline.Stages.Structure;
using Pipeline.Stages.Structure.Front;

namespace Pipeline.Tests.Stages.Structure.Front;

/// <summary>
/// A journal's masthead above the title, as plain-text readers give it (hand-made): the title's
/// first line run into the masthead's paragraph, the rest and the by-line in the next paragraph,
/// or the by-line opening the paragraph after the title's; and a by-line set apart on the right,
/// which pdftotext -layout runs into the epigraph or body paragraph after it, under title lines
/// the reader gave a paragraph each.
/// </summary>
public sealed class MastheadTitleTests
{
    private static Paragraph P(int line, params string[] lines)
    {
        var content = ImmutableArray.CreateBuilder<Inline>();
        foreach (var text in lines)
        {
            if (content.Count > 0)
            {
                content.Add(new LineEnd(LineEndKind.Soft, line + content.Count / 2));
            }

            content.Add(new Text(text));
        }

        return new Paragraph(content.ToImmutable(), new SourceSpan(line, line + lines.Length - 1, 1));
    }

    private static async Task<Document> RunAsync(params Block[] blocks)
    {
        var context = new StageContext(new DiagnosticBag("masthead"), "");
        var document = new Document { Id = "masthead", SourceDirectory = "", Blocks = [.. blocks] };
        document = await new FrontSplitStage().RunAsync(document, context, CancellationToken.None);
        return await new StructureStage().RunAsync(document, context, CancellationToken.None);
    }

    private const string Journal = "Harbour Studies: The Annual of the Society for Maritime History";
    private const string Volume = "Volume 12, 2009 | https://example.org/2009/essays/hart.html";
    private const string Body = "In the spring of 1790 the harbour master wrote to the board about the state of the quays, which had fallen into disrepair.";
    private const string Epigraph = "We walked down to the quays, where the master showed us a ledger he said had";
    private const string EpigraphEnd = "just turned up among the sacks.";

    [Fact]
    public async Task TitleRunIntoTheMastheadParagraph_IsTheTitleAndTheMastheadStaysAbove()
    {
        var document = await RunAsync(
            P(1, Journal, Volume, "A \"Ledger of Small Things\""),
            P(4, "Keeping the Accounts of the Harbour in", "Anna Lind's Portland", "Maria Lopez Hart", Body));

        Assert.Equal("A \"Ledger of Small Things\" Keeping the Accounts of the Harbour in Anna Lind's Portland", PlainText.Of(document.Metadata.Title));
        Assert.Equal([new Author("Maria Lopez Hart", null)], document.Metadata.Authors.ToArray());
        Assert.StartsWith("Harbour Studies", PlainText.Of(((Paragraph)Assert.Single(document.Metadata.AboveTitle)).Content), StringComparison.Ordinal);
        Assert.StartsWith("In the spring", PlainText.Of(((Paragraph)Assert.Single(document.Blocks)).Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NameLikeTitleUnderTheMasthead_IsTheTitleAndTheNameBelowItTheAuthor()
    {
        var document = await RunAsync(P(1, Journal, Volume, "Exceptional Measures", "The Harbour in Wartime", "Maria Lopez Hart"), P(7, Body));

        Assert.Equal("Exceptional Measures The Harbour in Wartime", PlainText.Of(document.Metadata.Title));
        Assert.Equal("Maria Lopez Hart", Assert.Single(document.Metadata.Authors).Name);
        Assert.Single(document.Blocks);
    }

    [Fact]
    public async Task BylineOpeningTheNextParagraph_IsTheAuthorAndLeavesTheBody()
    {
        var document = await RunAsync(
            P(1, Journal, Volume),
            P(3, "The Letters in the Ledger", "Keeping Accounts in Portland"),
            P(5, "Ann Smith and Bo Li", Body));

        Assert.Equal("The Letters in the Ledger Keeping Accounts in Portland", PlainText.Of(document.Metadata.Title));
        Assert.Equal(["Ann Smith", "Bo Li"], document.Metadata.Authors.Select(a => a.Name).ToArray());
        Assert.StartsWith("In the spring", PlainText.Of(((Paragraph)Assert.Single(document.Blocks)).Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAMasthead_TheTopIsLeftToTheOtherRules()
    {
        var blocks = new Block[] { P(1, "A Tale of Two Harbours", "Maria Lopez Hart", Body) };
        var context = new StageContext(new DiagnosticBag("masthead"), "");
        var document = new Document { Id = "masthead", SourceDirectory = "", Blocks = [.. blocks] };

        var split = await new FrontSplitStage().RunAsync(document, context, CancellationToken.None);

        Assert.Equal("A Tale of Two Harbours", PlainText.Of(((Heading)split.Blocks[0]).Content));
    }

    [Fact]
    public async Task BylineOpeningTheEpigraphUnderTitleLineParagraphs_LeavesTheEpigraphWithItsNoteCall()
    {
        var epigraph = P(6, "Maria Lopez Hart and Bo Li", Epigraph, EpigraphEnd);
        var document = await RunAsync(
            P(1, Journal, Volume, "The Ledger in the Sacks"),
            P(4, "Small Accounts and Other Puzzles in"),
            P(5, "Editing a Harbour Master's Papers"),
            epigraph with { Content = epigraph.Content.Add(new NoteCall("1", 8)) });

        Assert.Equal("The Ledger in the Sacks Small Accounts and Other Puzzles in Editing a Harbour Master's Papers", PlainText.Of(document.Metadata.Title));
        Assert.Equal(["Maria Lopez Hart", "Bo Li"], document.Metadata.Authors.Select(a => a.Name).ToArray());
        var body = (Paragraph)Assert.Single(document.Blocks);
        Assert.StartsWith("We walked down", PlainText.Of(body.Content), StringComparison.Ordinal);
        Assert.Contains(body.Content, inline => inline is NoteCall { Label: "1" });
    }

    [Fact]
    public async Task WithoutAMasthead_TitleLineParagraphsAndABylineOpeningTheNextParagraph_GiveTitleAndAuthor()
    {
        var document = await RunAsync(P(1, "The Ledger in the Sacks"), P(2, "Editing a Harbour Master's Papers"), P(3, "Maria Lopez Hart", Epigraph, EpigraphEnd));

        Assert.Equal("The Ledger in the Sacks Editing a Harbour Master's Papers", PlainText.Of(document.Metadata.Title));
        Assert.Equal("Maria Lopez Hart", Assert.Single(document.Metadata.Authors).Name);
        Assert.StartsWith("We walked down", PlainText.Of(((Paragraph)Assert.Single(document.Blocks)).Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAMasthead_ABodyParagraphUnderATitleLineIsNoByline()
    {
        var document = await RunAsync(P(1, "The Ledger in the Sacks"), P(2, Epigraph, EpigraphEnd));

        Assert.Empty(document.Metadata.Authors);
        Assert.StartsWith("We walked down", PlainText.Of(((Paragraph)document.Blocks[^1]).Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAMasthead_AOneLineParagraphAboveTitleAndByline_LeavesTheTitleInTheParagraphBelow()
    {
        var document = await RunAsync(P(1, "Harbour Studies 12"), P(2, "A Tale of Two Harbours", "Maria Lopez Hart", Epigraph, EpigraphEnd));

        Assert.Equal("A Tale of Two Harbours", PlainText.Of(document.Metadata.Title));
        Assert.Equal("Maria Lopez Hart", Assert.Single(document.Metadata.Authors).Name);
    }
}

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
/// or the by-line opening the paragraph after the title's.
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
}

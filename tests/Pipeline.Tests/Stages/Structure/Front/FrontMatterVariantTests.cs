using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Stages;
using Pipeline.Stages.Structure;

namespace Pipeline.Tests.Stages.Structure.Front;

/// <summary>Front matter in the shapes the readers emit: headings per printed line, paragraphs per line, a masthead above.</summary>
public class FrontMatterVariantTests
{
    private static Paragraph P(string text) => new([new Text(text)], new SourceSpan(1, 1, 1));

    private static Heading H(int level, string text) => new(level, [new Text(text)], new SourceSpan(1, 1, 1));

    private static async Task<Document> RunAsync(params Block[] blocks)
    {
        var document = new Document { Id = "variant", SourceDirectory = "", Blocks = [.. blocks, P("The essay's first paragraph of running text, which is long enough to be a sentence of the body.")] };
        return await new StructureStage().RunAsync(document, new StageContext(new DiagnosticBag("variant"), ""), CancellationToken.None);
    }

    [Fact]
    public async Task Headings_TitleLinesSubtitleAndByline_GoToTheMetadata()
    {
        var document = await RunAsync(H(1, "A Tale of Three "), H(1, "Valleys"), H(2, "Text Mining and Contested "), H(2, "Geographies"), H(3, "Ann Smith and Bo Li"), P("University of Leeds"));

        Assert.Equal("A Tale of Three Valleys", PlainText.Of(document.Metadata.Title));
        Assert.Equal("Text Mining and Contested Geographies", PlainText.Of(document.Metadata.Subtitle));
        Assert.Equal([new Author("Ann Smith", "University of Leeds"), new Author("Bo Li", "University of Leeds")], document.Metadata.Authors.ToArray());
        Assert.StartsWith("The essay's first paragraph", PlainText.Of(((Paragraph)Assert.Single(document.Blocks)).Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paragraphs_MastheadTitleAndByline_KeepTheMastheadAboveTheTitle()
    {
        var document = await RunAsync(P("The Journal of Things, Volume 3 | https://example.org/3"), P("Homes of the Department:"), P("From the Tavern to the Hall"), P("by Maria Lopez Hart"), P("Abstract: What this essay argues."));

        Assert.Equal("Homes of the Department", PlainText.Of(document.Metadata.Title));
        Assert.Equal("From the Tavern to the Hall", PlainText.Of(document.Metadata.Subtitle));
        Assert.Equal("Maria Lopez Hart", Assert.Single(document.Metadata.Authors).Name);
        Assert.StartsWith("The Journal of Things", PlainText.Of(((Paragraph)Assert.Single(document.Metadata.AboveTitle)).Content), StringComparison.Ordinal);
        Assert.Equal("What this essay argues.", PlainText.Of(Assert.Single(document.Metadata.Abstract).Content));
        Assert.Single(document.Blocks);
    }

    [Fact]
    public async Task Paragraphs_WithoutByline_RecordNoTitleAndKeepEveryBlock()
    {
        var document = await RunAsync(P("Some Words in Title Case"), P("More words that are not a name at all."));

        Assert.True(document.Metadata.Title.IsEmpty);
        Assert.True(document.Metadata.Authors.IsEmpty);
        Assert.Equal(3, document.Blocks.Length);
    }

    [Fact]
    public async Task NameLikeTitle_WithNothingAbove_IsTheTitleNotTheAuthor()
    {
        var document = await RunAsync(P("Exceptional Measures"), P("The Human Sciences in STEM Worlds"), P("Jerome McGann"));

        Assert.Equal("Exceptional Measures The Human Sciences in STEM Worlds", PlainText.Of(document.Metadata.Title));
        Assert.Equal([new Author("Jerome McGann", null)], document.Metadata.Authors.ToArray());
    }
}

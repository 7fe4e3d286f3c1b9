using System.Collections.Immutable;
using Pipeline.Model;
using Pipeline.Stages.Citations;

namespace Pipeline.Tests.Stages.Citations;

public sealed class InlineWrapperTests
{
    [Fact]
    public void Wrap_RangeCuttingAnItalic_SplitsTheItalicAndKeepsTheText()
    {
        ImmutableArray<Inline> inlines = [new Text("See "), new Styled(TextStyle.Italic, [new Text("Ibid.")]), new Text(", 4.")];
        var node = new SpanNode(new TextRange(4, 8), inner => new BibField(BibFieldKind.MonographTitle, inner), []);

        var wrapped = new InlineWrapper().Wrap(inlines, [node]);

        Assert.Equal("See Ibid., 4.", CitationQueries.Plain(wrapped));
        var field = Assert.IsType<BibField>(wrapped[1]);
        Assert.Equal("Ibid", CitationQueries.Plain(field.Content));
        Assert.IsType<Styled>(Assert.Single(field.Content));
        Assert.Equal(".", CitationQueries.Plain(Assert.IsType<Styled>(wrapped[2])));
    }

    [Fact]
    public void Wrap_NestedRanges_NestTheWrappers()
    {
        ImmutableArray<Inline> inlines = [new Text("Jones, Title, 15.")];
        var author = new SpanNode(new TextRange(0, 5), inner => new BibField(BibFieldKind.Author, inner), []);
        var reference = new SpanNode(new TextRange(0, 16), inner => new Reference(new(), inner), [author]);

        var wrapped = new InlineWrapper().Wrap(inlines, [reference]);

        var outer = Assert.IsType<Reference>(wrapped[0]);
        Assert.Equal("Jones", CitationQueries.Plain(Assert.IsType<BibField>(outer.Content[0]).Content));
        Assert.Equal(".", CitationQueries.Plain(wrapped[1]));
    }
}

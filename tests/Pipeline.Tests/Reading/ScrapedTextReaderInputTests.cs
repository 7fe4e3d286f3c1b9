using FsCheck;
using FsCheck.Fluent;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading;

public class ScrapedTextReaderInputTests
{
    [Fact]
    public void Read_BlockSyntaxInsideAParagraph_StaysText()
    {
        var (document, _) = StageRunner.Read("First line of text\n> not a quote\n    not code\n[1]: not a definition\n| not | a table |");

        var paragraph = Assert.IsType<Paragraph>(Assert.Single(document.Blocks));
        Assert.Equal("First line of text > not a quote not code [1]: not a definition | not | a table |", ModelText.Plain(paragraph.Content));
        Assert.Equal(4, paragraph.Content.Count(inline => inline is LineEnd { Kind: LineEndKind.Soft }));
    }

    [Fact]
    public void Read_LeadingLinkDefinitionShape_StaysText()
    {
        var (document, _) = StageRunner.Read("[12]: Smith, The Book (1999).");

        var paragraph = Assert.IsType<Paragraph>(Assert.Single(document.Blocks));
        Assert.Equal("[12]: Smith, The Book (1999).", ModelText.Plain(paragraph.Content));
    }

    [Fact]
    public void Read_InlineMarkup_MapsToModel()
    {
        var (document, _) = StageRunner.Read("*a* **b** _c_ <https://example.org/x> &amp; [t](http://u.example/) end  \nnext");

        var content = Assert.IsType<Paragraph>(Assert.Single(document.Blocks)).Content;
        Assert.Equal((TextStyle.Italic, "a"), StyleAndText(content[0]));
        Assert.Equal((TextStyle.Bold, "b"), StyleAndText(content[2]));
        Assert.Equal((TextStyle.Italic, "c"), StyleAndText(content[4]));
        Assert.Contains(content, inline => inline is Link { IsBare: true, Target: "https://example.org/x" });
        Assert.Contains(content, inline => inline is Link { IsBare: false, Target: "http://u.example/" });
        Assert.Contains(content, inline => inline is Text text && text.Value.Contains(" & ", StringComparison.Ordinal));
        Assert.Contains(content, inline => inline is LineEnd { Kind: LineEndKind.Hard, Line: 1 });
    }

    [Fact]
    public void Read_TwoNumbersInOneSuperscript_AreTwoCalls()
    {
        var (document, _) = StageRunner.Read("resolution.<sup>3 4</sup> more");

        var calls = ((Paragraph)document.Blocks[0]).Content.OfType<NoteCall>().ToList();
        Assert.Equal([new NoteCall("3", 1), new NoteCall("4", 1)], calls);
    }

    [Fact]
    public void Read_NonNumericSuperscript_IsStyledWithWarning()
    {
        var (document, diagnostics) = StageRunner.Read("line one\nthe 19<sup>th</sup> century");

        var content = ((Paragraph)document.Blocks[0]).Content;
        Assert.Contains((TextStyle.Superscript, "th"), content.OfType<Styled>().Select(StyleAndText));
        var warning = Assert.Single(diagnostics.Items, item => item.Code == "read.sup-not-a-call");
        Assert.Equal(2, warning.Line);
    }

    [Fact]
    public void Read_UnclosedSuperscript_KeepsTextWithWarning()
    {
        var (document, diagnostics) = StageRunner.Read("broken <sup>12 call");

        Assert.Equal("broken <sup>12 call", ModelText.Plain(((Paragraph)document.Blocks[0]).Content));
        Assert.Contains(diagnostics.Items, item => item is { Code: "read.sup-unclosed", Severity: Severity.Warning, Line: 1 });
    }

    [Fact]
    public void Read_CharactersIllegalInXml_RemovedWithWarningNamingTheLine()
    {
        var (document, diagnostics) = StageRunner.Read("clean\n\nbad\u0001te\u0000xt\uFFFE and \uD800 lone\n\nfine 😀 pair\ttab");

        var texts = document.Blocks.Select(block => ModelText.Plain(ModelText.ContentOf(block))).ToList();
        Assert.Equal(["clean", "badtext and lone", "fine 😀 pair\ttab".Replace('\t', ' ')], texts.Select(text => text.Replace('\t', ' ')));
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(3, warning.Line);
        Assert.Contains("line 3", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("images/../../secret.png")]
    [InlineData("C:\\Windows\\win.ini")]
    [InlineData("..\\..\\x.png")]
    [InlineData("%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://example.org/x.png")]
    public void Read_ImagePathLeavingTheFolder_IsAnErrorAndNoFigure(string path)
    {
        var (document, diagnostics) = StageRunner.Read($"Before.\n\n![scan]({path})\n\nAfter.");

        Assert.DoesNotContain(document.Blocks, block => block is Figure);
        var error = Assert.Single(diagnostics.Items, item => item.Severity == Severity.Error);
        Assert.Equal(3, error.Line);
        Assert.Equal("read.image-path", error.Code);
    }

    [Fact]
    public void Read_ImageInsideTheFolder_IsAFigure()
    {
        var (document, diagnostics) = StageRunner.Read("Before.\n\n![The *scan*](images/./appendix-1.jpg)\n\nAfter.");

        var figure = Assert.IsType<Figure>(document.Blocks[1]);
        Assert.Equal("images/appendix-1.jpg", figure.ImagePath);
        Assert.Equal("The scan", ModelText.Plain(figure.Caption));
        Assert.Null(figure.Transcription);
        Assert.Equal(new SourceSpan(3, 3, 1), figure.Span);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Read_RuleWithoutNotes_WarnsAndReadsOn()
    {
        var (document, diagnostics) = StageRunner.Read("Body text.\n\n---\n\nMore body text.\n\n***");

        Assert.Equal(2, document.Blocks.OfType<Paragraph>().Count());
        Assert.Equal(2, diagnostics.Items.Count(item => item.Code == "read.rule-without-notes"));
        Assert.Equal([1, 1, 2, 2], document.Blocks.Select(block => block.Span.Page));
    }

    [Fact]
    public void Read_HeadingsAndListsInterruptParagraphs()
    {
        var (document, _) = StageRunner.Read("Para line\n## Head ##\n- item one\ncontinued lazily\n  and indented\n1. ordered\n2) second");

        Assert.Collection(
            document.Blocks,
            block => Assert.IsType<Paragraph>(block),
            block => Assert.Equal("Head", ModelText.Plain(Assert.IsType<Heading>(block).Content)),
            block => Assert.Equal("item one continued lazily and indented", ModelText.Plain(Assert.IsType<ListItem>(block).Content)),
            block => Assert.Equal("ordered", ModelText.Plain(Assert.IsType<ListItem>(block).Content)),
            block => Assert.Equal("second", ModelText.Plain(Assert.IsType<ListItem>(block).Content)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("---")]
    [InlineData("<sup>")]
    [InlineData("<sup>1</sup>")]
    [InlineData("---\n\n<sup>1</sup>")]
    [InlineData("![](")]
    [InlineData("# \n#\n######## x")]
    public void Read_DegenerateText_DoesNotThrow(string text)
    {
        var (document, _) = StageRunner.Read(text);

        Assert.NotNull(document);
    }

    [Fact]
    public void Read_DeeplyNestedMarkup_DoesNotThrow()
    {
        var text = new string('*', 5000) + "x" + new string('*', 5000) + "\n\n" + string.Concat(Enumerable.Repeat("<sup>", 3000)) + "\n\n"
            + new string('[', 20000) + "a" + new string(']', 20000);

        var (document, diagnostics) = StageRunner.Read(text);

        Assert.Equal(3, document.Blocks.Length);
        Assert.Equal(new string('[', 20000) + "a" + new string(']', 20000), ModelText.Plain(ModelText.ContentOf(document.Blocks[2])));
        Assert.Contains(diagnostics.Items, item => item.Line == 5 && item.Severity == Severity.Warning);
    }

    [Fact]
    public void Read_AnyString_NeverThrowsAndKeepsSpansInRange()
    {
        var reader = new ScrapedTextReader();
        Prop.ForAll<string>(text =>
        {
            var diagnostics = new DiagnosticBag("fuzz");
            var document = reader.Read("fuzz", string.Empty, text, diagnostics);
            var lineCount = (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r').Length;
            return document.Blocks.All(block => block.Span.FirstLine >= 1 && block.Span.LastLine <= lineCount);
        }).QuickCheckThrowOnFailure();
    }

    private static (TextStyle Style, string Text) StyleAndText(Inline inline)
    {
        var styled = Assert.IsType<Styled>(inline);
        return (styled.Style, ModelText.Plain(styled.Content));
    }
}

using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Stages;
using Pipeline.Stages.LinkTargets;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Stages.LinkTargets;

/// <summary>The link-target stage on the model's walk: broken links inside notes and styled text go, their words stay.</summary>
public sealed class LinkTargetStageTests
{
    [Fact]
    public async Task BrokenLinkInsideANoteIsDroppedWithItsTextKeptAndReportedAtTheNotesLine()
    {
        var broken = new Link("http://", [new Text("http://"), new Styled(TextStyle.Italic, [new Text("example")])], true);
        var kept = new Link("https://example.org/", [new Text("example.org")], false);
        var note = new Note("1", "n1", [new Paragraph([new Text("See "), broken, new Text(" and "), kept], new SourceSpan(7, 7, 1))]);
        var document = ModelFactory.Paragraphs([new Text("Body"), note], [new Text("Untouched")]);
        var diagnostics = new DiagnosticBag("test");

        var result = await new LinkTargetStage().RunAsync(document, new StageContext(diagnostics, string.Empty), CancellationToken.None);

        var content = ((Paragraph)((Note)((Paragraph)result.Blocks[0]).Content[1]).Content[0]).Content;
        Assert.Equal(5, content.Length);
        Assert.Same(broken.Content[0], content[1]);
        Assert.Same(broken.Content[1], content[2]);
        Assert.Same(kept, content[4]);
        Assert.Same(document.Blocks[1], result.Blocks[1]);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal((LinkTargetCodes.InvalidTarget, 7), (warning.Code, warning.Line));
    }

    [Fact]
    public async Task DocumentWithOnlyValidLinksComesBackAsTheSameInstance()
    {
        var document = ModelFactory.Paragraphs([new Styled(TextStyle.Bold, [new Link("https://example.org/a", [new Text("a")], false)])]);
        var diagnostics = new DiagnosticBag("test");

        var result = await new LinkTargetStage().RunAsync(document, new StageContext(diagnostics, string.Empty), CancellationToken.None);

        Assert.Same(document, result);
        Assert.Empty(diagnostics.Items);
    }
}

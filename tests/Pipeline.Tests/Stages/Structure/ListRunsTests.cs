using System.Collections.Immutable;
using Pipeline.Model;
using Pipeline.Stages.Structure;

namespace Pipeline.Tests.Stages.Structure;

/// <summary>Spec table: paragraphs ('|' between) and which of them become list items ('L') or stay prose ('P').</summary>
public sealed class ListRunsTests
{
    [Theory]
    [InlineData("1. First point made.|2. Second point made.|3. Third point made.", "LLL")]
    [InlineData("Intro.|1) One thing.|2) Another thing.|After.", "PLLP")]
    [InlineData("(a) the first clause;|(b) the second clause;|(c) the last clause.", "LLL")]
    [InlineData("(i) the first reading;|(ii) the second reading.", "LL")]
    [InlineData("• Pamphlets|• Posters|• Radio talks", "LLL")]
    [InlineData("– dashes opening|– one after another", "LL")]
    [InlineData("1. Only one numbered paragraph.|And then prose.", "PP")]
    [InlineData("12. Smith, A History, 4.|13. Ibid., 7.", "PP")]
    [InlineData("1. Numbered first.|(2) bracketed second.", "PP")]
    [InlineData("1. First.|3. Third, not second.", "PP")]
    [InlineData("• A bullet|– a dash", "PP")]
    [InlineData("A. Smith wrote first.|B. Jones answered.", "PP")]
    [InlineData("1956. The year of the speech.|1957. The year after.", "PP")]
    [InlineData("1.|2.", "PP")]
    [InlineData("1. One.|2. Two.|Prose between.|1. Again one.|2. Again two.", "LLPLL")]
    public void Recognise_MarksOnlyRunsWithStrongEvidence(string paragraphs, string expected)
    {
        var blocks = paragraphs.Split('|').Select(p => (Block)new Paragraph([new Text(p)], SourceSpan.None)).ToImmutableArray();

        var result = ListRuns.Recognise(blocks);

        Assert.Equal(expected, string.Concat(result.Select(b => b is ListItem ? 'L' : 'P')));
        Assert.Equal(paragraphs.Split('|'), result.Select(b => PlainText.Of(b is ListItem l ? l.Content : ((Paragraph)b).Content)));
    }

    [Fact]
    public void Recognise_LeavesTheBibliographyAlone()
    {
        ImmutableArray<Block> entries = [new Paragraph([new Text("1. Smith, A. A History. 1990.")], SourceSpan.None), new Paragraph([new Text("2. Jones, B. Another. 1991.")], SourceSpan.None)];
        ImmutableArray<Block> blocks = [new Division(DivisionKind.Bibliography, "bibliography", null, entries, SourceSpan.None)];

        Assert.Equal(blocks, ListRuns.Recognise(blocks));
    }

    [Fact]
    public async Task Convert_NumberedParagraphs_BecomeOneValidTeiList()
    {
        const string text = "## On Lists\n\nAnn Example (University of Somewhere)\n\n" +
            "The essay names three sources.\n\n" +
            "1\\. Pamphlets printed in the capital.\n\n2\\. Posters pasted in the provinces.\n\n3\\. Talks broadcast on the radio.\n\n" +
            "Each of them is read in turn.\n";
        var (teiBytes, body) = await MarkdownConversion.ConvertAsync("lists", text);
        var tei = MarkdownConversion.Tei;
        var list = Assert.Single(body.Descendants(tei + "list"));
        Assert.Equal(
            ["1. Pamphlets printed in the capital.", "2. Posters pasted in the provinces.", "3. Talks broadcast on the radio."],
            list.Elements(tei + "item").Select(i => i.Value));
        Assert.Contains(body.Descendants(tei + "p"), p => p.Value == "Each of them is read in turn.");
        using var stream = new MemoryStream(teiBytes);
        Assert.Empty(new Pipeline.Validation.TeiValidator().Validate(stream));
    }
}

using System.Collections.Immutable;
using System.Xml.Linq;
using Pipeline.Model;
using Pipeline.Stages.Structure;

namespace Pipeline.Tests.Stages.Structure;

/// <summary>Spec table: headings as the reader gave them ("level:text", '|' between) and the levels their numbering gives.</summary>
public sealed class HeadingLevelsTests
{
    [Theory]
    [InlineData("2:Part I. Beginnings|2:Chapter 1. The Start|2:1.1 Early days|2:Chapter 2. Later|2:Part II. Ends", "2,3,4,3,2")]
    [InlineData("2:1. Introduction|2:1.1 Sources|2:1.2 Method|2:2. Findings|2:2.1.1 A detail", "2,3,3,2,4")]
    [InlineData("2:I. The Thaw|2:A. Culture|2:B. Politics|2:II. The Freeze|2:V. Coda", "2,3,3,2,2")]
    [InlineData("2:A. Culture|2:B. Politics|2:C. Law", "2,2,2")]
    [InlineData("3:Introduction|2:1. Khrushchev|2:1.1 Speech|3:Conclusion", "3,2,3,3")]
    [InlineData("2:Introduction|3:Background|2:Conclusion", "2,3,2")]
    [InlineData("2:1. Only one numbered heading|3:Below it", "2,3")]
    [InlineData("2:1953 and after|2:1956 in Hungary", "2,2")]
    [InlineData("1:Chapter 3|1:3.1 Detail|1:3.2 Detail|1:Chapter 4", "1,2,2,1")]
    public void FromNumbering_GivesEachKindOfNumberItsLevel(string headings, string expected)
    {
        var blocks = headings.Split('|').Select(h => h.Split(':', 2))
            .Select(p => (Block)new Heading(int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), [new Text(p[1])], SourceSpan.None))
            .ToImmutableArray();

        var result = HeadingLevels.FromNumbering(blocks);

        Assert.Equal(expected, string.Join(",", result.OfType<Heading>().Select(h => h.Level)));
    }

    [Fact]
    public async Task Convert_NumberedHeadingsAtOneMarkdownDepth_NestDivsWithIds()
    {
        const string text = "## On Numbered Sections\n\nAnn Example (University of Somewhere)\n\n" +
            "## 1. First part\n\nThe first part opens with a paragraph.\n\n" +
            "## 1.1 A closer look\n\nThe closer look has a paragraph of its own.\n\n" +
            "## 2. Second part\n\nThe second part ends the essay.\n";
        var (_, body) = await MarkdownConversion.ConvertAsync("numbered", text);
        var tei = MarkdownConversion.Tei;
        var top = body.Elements(tei + "div").ToList();
        Assert.Equal(["1. First part", "2. Second part"], top.Select(d => d.Element(tei + "head")!.Value));
        Assert.Equal("1.1 A closer look", top[0].Element(tei + "div")!.Element(tei + "head")!.Value);
        Assert.All(body.Descendants(tei + "div"), d => Assert.NotNull(d.Attribute(XNamespace.Xml + "id")));
    }
}

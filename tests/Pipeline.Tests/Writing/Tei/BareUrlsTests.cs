using System.Xml.Linq;
using Pipeline.Model;
using Pipeline.Writing.Tei;

namespace Pipeline.Tests.Writing.Tei;

/// <summary>Spec table for URLs written out in running text, and their <c>ref</c> in the TEI.</summary>
public sealed class BareUrlsTests
{
    [Theory]
    [InlineData("News can be seen at http://ag-news.net.", "http://ag-news.net")]
    [InlineData("Press, 2000. https://doi.org/10.1017/CBO9780511665004.", "https://doi.org/10.1017/CBO9780511665004")]
    [InlineData("(see https://en.wikipedia.org/wiki/Thaw_(history)), then", "https://en.wikipedia.org/wiki/Thaw_(history)")]
    [InlineData("at https://www.ourdocuments.gov/doc.php?flash=true&doc=33; and", "https://www.ourdocuments.gov/doc.php?flash=true&doc=33")]
    [InlineData("“http://example.org/a”, he wrote", "http://example.org/a")]
    [InlineData("a cut address http:// and www.example.org stay words", "")]
    [InlineData("no host http://localhost/x here", "")]
    [InlineData("glued xhttp://example.org is not a URL start", "")]
    public void In_RunningText_FindsWholeUrlsWithoutClosingPunctuation(string text, string expected)
    {
        var found = BareUrls.In(text).Select(u => text.Substring(u.Start, u.Length));

        Assert.Equal(expected, string.Join(" ", found));
    }

    [Fact]
    public void Write_UrlInAParagraph_IsARefToItself_AndALinkIsNotLinkedAgain()
    {
        var document = Support.ModelFactory.Paragraphs(
            [new Text("News can be seen at http://ag-news.net. The archive ")],
            [new Link("https://example.org/archive", [new Text("https://example.org/archive")], IsBare: false), new Text(" has it.")]);

        var tei = XDocument.Parse(System.Text.Encoding.UTF8.GetString(TeiWriter.ToBytes(document, new TeiWriterOptions())));

        XNamespace ns = "http://www.tei-c.org/ns/1.0";
        var refs = tei.Descendants(ns + "ref").ToList();
        Assert.Equal(["http://ag-news.net", "https://example.org/archive"], refs.Select(r => (string?)r.Attribute("target")));
        Assert.Equal("http://ag-news.net", refs[0].Value);
        Assert.Empty(refs[1].Descendants(ns + "ref"));
        Assert.Contains("News can be seen at http://ag-news.net. The archive", tei.Descendants(ns + "body").Single().Value, StringComparison.Ordinal);
    }
}

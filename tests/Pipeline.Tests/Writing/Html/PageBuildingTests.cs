using System.Xml.Linq;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html;
using Pipeline.Writing.Html;

namespace Pipeline.Tests.Writing.Html;

/// <summary>
/// The short cuts the page builder takes past AngleSharp's public DOM methods give the tree and the
/// characters those methods give: appending attributes, inserting nodes, keeping ids, and the TEI
/// look-ups made in one walk.
/// </summary>
public sealed class PageBuildingTests
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";

    [Fact]
    public void Attr_NewNamesAppendInOrder_AndAGivenNameIsReplacedInPlace()
    {
        var dom = HtmlDom.Parse("<!DOCTYPE html><html><head></head><body></body></html>");
        var span = dom.Element("span", "ref");
        span.Attr("title", "t");
        span.Attr("class", "ref ref-linked");
        span.Attr("data-x", "1");

        Assert.Equal(["class", "title", "data-x"], span.Attributes.Select(a => a.Name));
        Assert.Equal("ref ref-linked", span.GetAttribute("class"));
        Assert.Equal("<span class=\"ref ref-linked\" title=\"t\" data-x=\"1\"></span>", span.ToHtml(new HtmlMarkupFormatter()));
    }

    [Theory]
    [InlineData(0, "<div><b></b><i></i><u></u></div>")]
    [InlineData(1, "<div><i></i><b></b><u></u></div>")]
    [InlineData(2, "<div><i></i><u></u><b></b></div>")]
    [InlineData(null, "<div><i></i><u></u><b></b></div>")]
    public void Insert_BeforeAChildOrAtTheEnd_GivesTheTreeInsertBeforeGives(int? before, string expected)
    {
        var dom = HtmlDom.Parse("<!DOCTYPE html><html><head></head><body></body></html>");
        var parent = dom.Element("div");
        dom.Append(parent, "i");
        dom.Append(parent, "u");
        var reference = before is { } index && index < parent.ChildNodes.Length ? parent.ChildNodes[index] : null;
        var expectedTree = (IElement)parent.Clone(deep: true);
        expectedTree.InsertBefore(dom.Document.CreateElement("b"), reference is null ? null : expectedTree.ChildNodes[before!.Value]);

        HtmlDom.Insert(parent, dom.Element("b"), reference);

        Assert.Equal(expected, parent.ToHtml(new HtmlMarkupFormatter()));
        Assert.Equal(expectedTree.ToHtml(new HtmlMarkupFormatter()), parent.ToHtml(new HtmlMarkupFormatter()));
    }

    [Fact]
    public void Insert_ReferenceNotAChild_Throws()
    {
        var dom = HtmlDom.Parse("<!DOCTYPE html><html><head></head><body></body></html>");
        var parent = dom.Element("div");

        Assert.Throws<InvalidOperationException>(() => HtmlDom.Insert(parent, dom.Element("b"), dom.Element("i")));
    }

    [Fact]
    public void Ids_EachGivenOnce_AreTheElementsGivenThem()
    {
        var dom = HtmlDom.Parse("<!DOCTYPE html><html><head></head><body></body></html>");
        var page = dom.Element("div");
        var first = dom.Append(page, "p");
        dom.Id(first, "p-1");
        var second = dom.Append(dom.Append(page, "section"), "span");
        dom.Id(second, "n1");

        var ids = dom.Ids(page);

        Assert.Equal(2, ids.Count);
        Assert.Same(first, ids["p-1"]);
        Assert.Same(second, ids["n1"]);
    }

    [Fact]
    public void Ids_GivenTwice_AreTheFirstInDocumentOrderNotTheFirstGiven()
    {
        // A block filled before it is put in its place: its ids are given before those of what precedes it.
        var dom = HtmlDom.Parse("<!DOCTYPE html><html><head></head><body></body></html>");
        var page = dom.Element("div");
        var later = dom.Element("div");
        var filledFirst = dom.Append(later, "span");
        dom.Id(filledFirst, "x");
        var before = dom.Append(page, "p");
        dom.Id(before, "x");
        HtmlDom.Add(page, later);

        Assert.Same(before, dom.Ids(page)["x"]);
    }

    [Fact]
    public void Lookups_FindBibliographyListsAndSurfacesAnywhere_InDocumentOrder()
    {
        var tei = new XDocument(new XElement(Tei + "TEI",
            new XElement(Tei + "facsimile", new XElement(Tei + "surfaceGrp", new XElement(Tei + "surface", new XAttribute("n", "s1")))),
            new XElement(Tei + "text",
                new XElement(Tei + "body", new XElement(Tei + "listBibl", new XAttribute("n", "b1"),
                    new XElement(Tei + "listBibl", new XAttribute("n", "b2")))),
                new XElement(Tei + "back", new XElement(Tei + "div", new XElement(Tei + "listBibl", new XAttribute("n", "b3"))),
                    new XElement(Tei + "surface", new XAttribute("n", "s2")),
                    new XElement("listBibl", new XAttribute("n", "not TEI"))))));

        var lookups = TeiLookups.Find(tei);

        Assert.Equal(["b1", "b2", "b3"], lookups.BibliographyLists.Select(e => (string?)e.Attribute("n")));
        Assert.Equal(["s1", "s2"], lookups.Surfaces.Select(e => (string?)e.Attribute("n")));
        Assert.Equal(tei.Descendants(Tei + "listBibl"), lookups.BibliographyLists);
        Assert.Equal(tei.Descendants(Tei + "surface"), lookups.Surfaces);
    }

    [Theory]
    [InlineData("<title>  A   <hi>b</hi>c\n d </title>", "A bc d")]
    [InlineData("<bibl>Smith<note n=\"1\">a note's words</note>, <title>Work</title></bibl>", "Smith, Work")]
    [InlineData("<note n=\"1\">the <hi>note</hi> itself <note>inner</note>ok</note>", "the note itself ok")]
    [InlineData("<head><![CDATA[x < y]]>  z</head>", "x < y z")]
    [InlineData("<head> </head>", "")]
    public void TeiText_CollapsesWhitespace_AndLeavesOutNotesBelowTheElement(string xml, string expected)
    {
        var element = XElement.Parse(xml);

        Assert.Equal(expected, TeiTextOf(element));
    }

    private static string TeiTextOf(XElement element) => TeiText.Of(element);
}

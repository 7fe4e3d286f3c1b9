using Pipeline.Links;
using Pipeline.Links.Collect;

namespace Pipeline.Tests.Links.Collect;

public sealed class LinkCollectorTests
{
    private const string Atlantic = "https://www.theatlantic.com/magazine/archive/2000/03/the-future-did-not-work/378081/";
    private const string Wilson = "http://digitalarchive.wilsoncenter.org/document/115995";
    private const string Times = "https://www.nytimes.com/1961/11/11/archives/stalingrad-name-changed.html";

    [Fact]
    public async Task CollectAsync_EssayTei_FindsEveryUrlWithWhereItIsCited()
    {
        using var dir = new TempDirectory();
        var file = TeiSamples.Write(dir.Path, "essay.xml", TeiSamples.Essay(Wilson, Atlantic, Times));

        var collection = await LinkCollector.CollectAsync([file], CancellationToken.None);

        Assert.Empty(collection.Diagnostics);
        Assert.Equal(
            ["http://digitalarchive.wilsoncenter.org/document/115995", "https://guidelines.tei.invalid/",
             "https://www.nytimes.com/1961/11/11/archives/stalingrad-name-changed.html", Atlantic, "mailto:editor@example.org"],
            collection.Links.Select(l => l.Url));
        var atlantic = collection.Links.Single(l => l.Url == Atlantic);
        Assert.Equal(["note 51", "bibliography getty2000"], atlantic.CitedIn.Select(c => c.Where));
        Assert.Equal(new DateOnly(2020, 2, 11), atlantic.AccessDate);
        Assert.Equal(["note 2"], collection.Links.Single(l => l.Url == Wilson).CitedIn.Select(c => c.Where));
        Assert.Null(collection.Links.Single(l => l.Url == Wilson).AccessDate);
        Assert.Equal(["bibliography salisbury1956"], collection.Links.Single(l => l.Url == Times).CitedIn.Select(c => c.Where));
        Assert.Equal(["header"], collection.Links.Single(l => l.Url == "https://guidelines.tei.invalid/").CitedIn.Select(c => c.Where));
        Assert.Equal(LinkStatus.UnsupportedScheme, collection.Links.Single(l => l.Url.StartsWith("mailto:", StringComparison.Ordinal)).Problem);
    }

    [Fact]
    public async Task CollectAsync_SameUrlWrittenDifferently_IsOneLink()
    {
        using var dir = new TempDirectory();
        var tei = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
            <p><note n="1"><ref target="HTTPS://WWW.NYTimes.com:443/1961/11/11/archives/stalingrad-name-changed.html#top">a</ref></note>
            <note n="2"><ptr target="https://www.nytimes.com/1961/11/11/archives/stalingrad-name-changed.html"/></note></p>
            </body></text></TEI>
            """;
        var file = TeiSamples.Write(dir.Path, "dup.xml", tei);

        var collection = await LinkCollector.CollectAsync([dir.Path], CancellationToken.None);

        var link = Assert.Single(collection.Links);
        Assert.Equal(Times, link.Url);
        Assert.Equal([new Citation(file, "note 1"), new Citation(file, "note 2")], link.CitedIn.AsEnumerable());
    }

    [Fact]
    public async Task CollectAsync_StructuredReferenceInsideNote_IsCitedByTheNote()
    {
        using var dir = new TempDirectory();
        var tei = $"""
            <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
            <p>Text.<note n="51" place="foot"><p><bibl corresp="#bibl-getty2000"><author>J. Arch Getty</author>, <title level="a">The Future did not work</title>. Accessed: February 11, 2020. <ptr target="{Atlantic}"/></bibl></p></note></p>
            </body></text></TEI>
            """;
        var file = TeiSamples.Write(dir.Path, "structured.xml", tei);

        var collection = await LinkCollector.CollectAsync([file], CancellationToken.None);

        var link = Assert.Single(collection.Links);
        Assert.Equal(["note 51"], link.CitedIn.Select(c => c.Where));
        Assert.Equal(new DateOnly(2020, 2, 11), link.AccessDate);
    }

    [Fact]
    public async Task CollectAsync_BrokenXmlAndDtd_ReportDiagnosticsKeepEarlierLinks()
    {
        using var dir = new TempDirectory();
        var broken = TeiSamples.Write(dir.Path, "a.xml", """<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><note n="1"><ref target="https://example.org/a">a</ref></note><p>unclosed</body></TEI>""");
        var dtd = TeiSamples.Write(dir.Path, "b.xml", """<!DOCTYPE TEI [<!ENTITY boom "x">]><TEI xmlns="http://www.tei-c.org/ns/1.0"/>""");

        var collection = await LinkCollector.CollectAsync([broken, dtd, Path.Combine(dir.Path, "missing.xml")], CancellationToken.None);

        Assert.Equal(["links.xml", "links.xml", "links.missing"], collection.Diagnostics.Select(d => d.Code));
        Assert.Equal(["https://example.org/a"], collection.Links.Select(l => l.Url));
    }

    [Fact]
    public async Task CollectAsync_InvalidTarget_IsInvalidUrl()
    {
        using var dir = new TempDirectory();
        var file = TeiSamples.Write(dir.Path, "bad.xml", """<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p><ref target="http://example.org:99999/x">x</ref></p></body></text></TEI>""");

        var collection = await LinkCollector.CollectAsync([file], CancellationToken.None);

        Assert.Equal(LinkStatus.InvalidUrl, Assert.Single(collection.Links).Problem);
        Assert.Equal("body", collection.Links[0].CitedIn[0].Where);
    }
}

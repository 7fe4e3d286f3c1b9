using System.Text;
using AngleSharp.Html.Parser;
using Pipeline.Conversion;
using Pipeline.Tests.Support;
using Pipeline.Writing;
using Pipeline.Writing.Html;

namespace Pipeline.Tests.Writing.Html;

/// <summary>The page as markup: self-contained, deterministic, and every hostile string kept as text.</summary>
public sealed class HtmlPageWriterTests
{
    [Fact]
    public void Render_HostileTei_KeepsEveryStringAsText()
    {
        var html = Encoding.UTF8.GetString(HtmlPageWriter.Render(new HtmlPageSource { DocumentId = "hostile\"<x>", Tei = HostileTei.Create() }));
        using var page = new HtmlParser().ParseDocument(html);

        // The page's own script is the only one; no attribute is an event handler; no link leaves for another scheme.
        Assert.Single(page.Scripts);
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.All(page.QuerySelectorAll("[href]").Select(a => a.GetAttribute("href")!), href =>
            Assert.True(href.StartsWith('#') || href.StartsWith("http", StringComparison.Ordinal), href));
        Assert.Empty(page.QuerySelectorAll("img"));

        // The words are all there, as text.
        Assert.Contains(HostileTei.ScriptText, page.QuerySelector("#notes")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("javascript:window.pwned=4", page.QuerySelector("#notes")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("\"><script>window.pwned=1</script> & 'quotes'", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("image not shown", page.QuerySelector("#figure-1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Seed_IsSelfContainedAndTheSameTwice()
    {
        var first = await SeedPageAsync();
        var second = await SeedPageAsync();

        Assert.Equal(first, second);
        using var page = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(first));
        // Nothing from the network: images by relative path, no external script, style or frame.
        Assert.All(page.Images, image => Assert.StartsWith("seed-essay/", image.GetAttribute("src"), StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("script[src], link[rel=stylesheet], iframe"));
        Assert.Equal(55, page.QuerySelectorAll("main .note-mark[aria-controls]").Length);
    }

    [Fact]
    public void LinkStatuses_BrokenUrl_IsMarkedWithItsArchivedCopy_AndApplyingTwiceChangesNothing()
    {
        var tei = TeiDocument.Load(File.ReadAllBytes(Path.Combine(SeedFiles.RepositoryRoot, "output", "seed-essay.xml")));
        var html = Encoding.UTF8.GetString(HtmlPageWriter.Render(new HtmlPageSource { DocumentId = "seed-essay", Tei = tei }));
        var marks = new Dictionary<string, LinkMark>
        {
            ["http://digitalarchive.wilsoncenter.org/document/115995"] = new(Pipeline.Links.LinkStatus.Broken, 404, "https://web.archive.org/web/2020/http://digitalarchive.wilsoncenter.org/document/115995"),
            ["https://archive.org/details/OnOvercomingCultIndividual/mode/1up"] = new(Pipeline.Links.LinkStatus.Ok, 200, null),
        };

        var once = HtmlLinkStatuses.Apply(html, marks);
        var twice = HtmlLinkStatuses.Apply(Encoding.UTF8.GetString(once), marks);

        Assert.Equal(once, twice);
        using var page = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(once));
        var broken = page.QuerySelectorAll("#notes .link-status.broken");
        Assert.Single(broken);
        Assert.Equal("broken 404", broken[0].TextContent);
        Assert.Equal("https://web.archive.org/web/2020/http://digitalarchive.wilsoncenter.org/document/115995", broken[0].NextElementSibling!.GetAttribute("href"));
        Assert.Single(page.QuerySelectorAll("#notes .link-status.fine"));
    }

    private static async Task<byte[]> SeedPageAsync()
    {
        using var converter = new DocumentConverter();
        var result = await converter.ConvertAsync(SeedFiles.SeedDirectory, new ConversionOptions { Writers = DocumentWriters.WithHtml() }, CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return Assert.Single(result.Outputs, o => o.Writer == HtmlDocumentWriter.FormatName).Content;
    }
}

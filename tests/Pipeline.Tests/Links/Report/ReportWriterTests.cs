using System.Text.Json;
using AngleSharp.Html.Parser;
using Pipeline.Links;
using Pipeline.Links.Collect;
using Pipeline.Links.Report;

namespace Pipeline.Tests.Links.Report;

public sealed class ReportWriterTests
{
    private static readonly LinkResult[] Results =
    [
        new LinkResult
        {
            Url = "https://example.org/b",
            Status = LinkStatus.Broken,
            HttpStatus = 404,
            Attempts = 1,
            ElapsedMs = 12,
            ArchivedUrl = "https://web.archive.org/web/2020/https://example.org/b",
            ArchivedAt = "2020-02-11T00:00:00Z",
            CitedIn = [new Citation("essay<script>alert(1)</script>.xml", "note 5 & more")],
        },
        new LinkResult
        {
            Url = "https://example.org/a",
            Status = LinkStatus.Redirected,
            HttpStatus = 200,
            FinalUrl = "javascript:alert(1)",
            RedirectKind = "permanent",
            Redirects = [new RedirectHop("https://example.org/a", 301, "https://example.org/c")],
            Attempts = 2,
            CitedIn = [new Citation("essay.xml", "bibliography b1")],
        },
    ];

    [Fact]
    public async Task JsonReportWriter_Results_WritesEveryFieldInUrlOrder()
    {
        using var stream = new MemoryStream();

        await JsonReportWriter.WriteAsync(stream, Results, CancellationToken.None);

        using var json = JsonDocument.Parse(stream.ToArray());
        var links = json.RootElement.GetProperty("links").EnumerateArray().ToArray();
        Assert.Equal(["https://example.org/a", "https://example.org/b"], links.Select(l => l.GetProperty("url").GetString()));
        Assert.Equal("broken", links[1].GetProperty("status").GetString());
        Assert.Equal(404, links[1].GetProperty("httpStatus").GetInt32());
        Assert.Equal("2020-02-11T00:00:00Z", links[1].GetProperty("archivedAt").GetString());
        Assert.Equal("note 5 & more", links[1].GetProperty("citedIn")[0].GetProperty("where").GetString());
        Assert.Equal(301, links[0].GetProperty("redirects")[0].GetProperty("httpStatus").GetInt32());
        foreach (var name in new[] { "finalUrl", "attempts", "elapsedMs", "archivedUrl" })
        {
            Assert.True(links[0].TryGetProperty(name, out _), name);
        }

        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("broken").GetInt32());
    }

    [Fact]
    public async Task HtmlReportWriter_HostileStrings_AreEscapedAndNeverLiveLinks()
    {
        using var stream = new MemoryStream();

        await HtmlReportWriter.WriteAsync(stream, Results, CancellationToken.None);

        var document = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Contains("essay<script>alert(1)</script>.xml: note 5 & more", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(document.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("javascript:", StringComparison.Ordinal));
        Assert.Equal(2, document.QuerySelectorAll("tr").Length - 1);
        Assert.Contains(document.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://web.archive.org/web/2020/https://example.org/b");
    }
}

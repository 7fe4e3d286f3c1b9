using Pipeline.Links;

namespace Pipeline.Tests.Links.Archive;

/// <summary>Archive look-up through the availability API of the local server.</summary>
public sealed class WaybackTests : IAsyncLifetime
{
    private LinkTestServer _server = null!;

    public async Task InitializeAsync() => _server = await LinkTestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task CheckAsync_BrokenLinkWithAccessDate_GetsSnapshotClosestToThatDate()
    {
        await using var checker = new LinkChecker(LinkTesting.Options(_server));
        var link = LinkTesting.Link(_server.Url("/missing"), new DateOnly(2020, 2, 11));

        var result = Assert.Single(await checker.CheckAsync([link], null, CancellationToken.None));

        Assert.Equal(LinkStatus.Broken, result.Status);
        Assert.Equal($"{_server.BaseUri.AbsoluteUri}web/20200211120000/{_server.Url("/missing")}", result.ArchivedUrl);
        Assert.Equal("2020-02-11T12:00:00Z", result.ArchivedAt);
        var query = Assert.Single(_server.SeenFor("/wayback/available")).Query;
        Assert.Contains("timestamp=20200211", query, StringComparison.Ordinal);
        Assert.Contains("url=" + Uri.EscapeDataString(_server.Url("/missing")), query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_FineLink_IsNotLookedUp()
    {
        await using var checker = new LinkChecker(LinkTesting.Options(_server));

        var result = Assert.Single(await checker.CheckAsync([LinkTesting.Link(_server.Url("/paper.pdf"))], null, CancellationToken.None));

        Assert.Equal(LinkStatus.Ok, result.Status);
        Assert.Null(result.ArchivedUrl);
        Assert.Empty(_server.SeenFor("/wayback"));
    }
}

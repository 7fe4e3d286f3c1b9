using Microsoft.Extensions.Time.Testing;
using Pipeline.Links;
using Pipeline.Links.Cache;
using Pipeline.Links.Collect;
using Pipeline.Links.Report;

namespace Pipeline.Tests.Links.Cache;

public sealed class LinkCacheTests
{
    [Fact]
    public async Task TryGetAsync_FreshThenStale_HitsThenMisses()
    {
        using var dir = new TempDirectory();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));
        var path = Path.Combine(dir.Path, "links.sqlite");
        var stored = new LinkResult
        {
            Url = "https://example.org/a",
            Status = LinkStatus.Redirected,
            HttpStatus = 200,
            FinalUrl = "https://example.org/b",
            RedirectKind = "permanent",
            Redirects = [new RedirectHop("https://example.org/a", 301, "https://example.org/b")],
            Attempts = 3,
            CitedIn = [new Citation("essay.xml", "note 1")],
        };
        await using (var cache = await LinkCache.OpenAsync(path, TimeSpan.FromHours(24), time, CancellationToken.None))
        {
            await cache.PutAsync([stored], CancellationToken.None);
        }

        await using var reopened = await LinkCache.OpenAsync(path, TimeSpan.FromHours(24), time, CancellationToken.None);
        time.Advance(TimeSpan.FromHours(23));
        var fresh = await reopened.TryGetAsync(stored.Url, CancellationToken.None);
        time.Advance(TimeSpan.FromHours(2));
        var stale = await reopened.TryGetAsync(stored.Url, CancellationToken.None);

        Assert.NotNull(fresh);
        Assert.True(fresh.Cached);
        Assert.Equal(LinkStatus.Redirected, fresh.Status);
        Assert.Equal("https://example.org/b", fresh.FinalUrl);
        Assert.Equal(stored.Redirects.AsEnumerable(), fresh.Redirects.AsEnumerable());
        Assert.Empty(fresh.CitedIn);
        Assert.Null(stale);
    }

    [Fact]
    public async Task CheckAsync_SecondRunWithCache_DoesNotFetchAgain()
    {
        await using var server = await LinkTestServer.StartAsync();
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "links.sqlite");
        var link = LinkTesting.Link(server.Url("/ok"));

        LinkResult first;
        LinkResult second;
        await using (var cache = await LinkCache.OpenAsync(path, TimeSpan.FromHours(1), null, CancellationToken.None))
        await using (var checker = new LinkChecker(LinkTesting.Options(server)))
        {
            first = Assert.Single(await checker.CheckAsync([link], cache, CancellationToken.None));
        }

        var requestsAfterFirst = server.Seen.Count;
        await using (var cache = await LinkCache.OpenAsync(path, TimeSpan.FromHours(1), null, CancellationToken.None))
        await using (var checker = new LinkChecker(LinkTesting.Options(server)))
        {
            second = Assert.Single(await checker.CheckAsync([link], cache, CancellationToken.None));
        }

        Assert.False(first.Cached);
        Assert.True(second.Cached);
        Assert.Equal(LinkStatus.Ok, second.Status);
        Assert.Equal(link.CitedIn.AsEnumerable(), second.CitedIn.AsEnumerable());
        Assert.Equal(2, requestsAfterFirst);
        Assert.Equal(requestsAfterFirst, server.Seen.Count);
    }
}

using Pipeline.Links;
using Pipeline.Tests.BadInput;

namespace Pipeline.Tests.Links.Fetch;

/// <summary>The checker against a real HTTP server on 127.0.0.1, one endpoint per behaviour.</summary>
[Collection(AloneCollection.Name)]
public sealed class LinkCheckerHttpTests : IAsyncLifetime
{
    private LinkTestServer _server = null!;

    public async Task InitializeAsync() => _server = await LinkTestServer.StartAsync();

    public async Task DisposeAsync()
    {
        Assert.True(_server.MaxInFlightPerHost <= LinkTesting.PerHostLimit, $"a host saw {_server.MaxInFlightPerHost} requests in flight");
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task CheckAsync_HtmlPage_IsOkAfterHeadThenGet()
    {
        var result = await LinkTesting.CheckAsync(_server, "/ok");

        Assert.Equal(LinkStatus.Ok, result.Status);
        Assert.Equal(200, result.HttpStatus);
        Assert.Equal(2, result.Attempts);
        Assert.Equal(["HEAD", "GET"], _server.SeenFor("/ok").Select(r => r.Method));
        Assert.All(_server.Seen, r => Assert.StartsWith("pipeline/", r.UserAgent, StringComparison.Ordinal));
        Assert.All(_server.Seen, r => Assert.EndsWith("(+link checker)", r.UserAgent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CheckAsync_NonHtmlResource_IsOkWithHeadOnly()
    {
        var result = await LinkTesting.CheckAsync(_server, "/paper.pdf");

        Assert.Equal(LinkStatus.Ok, result.Status);
        Assert.Equal(1, result.Attempts);
        Assert.Equal(["HEAD"], _server.Seen.Select(r => r.Method));
    }

    [Fact]
    public async Task CheckAsync_PermanentThenTemporaryRedirect_IsRedirectedWithChain()
    {
        var result = await LinkTesting.CheckAsync(_server, "/chain/start");

        Assert.Equal(LinkStatus.Redirected, result.Status);
        Assert.Equal("temporary", result.RedirectKind);
        Assert.Equal(_server.Url("/chain/end"), result.FinalUrl);
        Assert.Equal([301, 302], result.Redirects.Select(h => h.HttpStatus));
        Assert.Equal(_server.Url("/chain/middle"), result.Redirects[0].Location);
        Assert.Equal(4, result.Attempts);
    }

    [Fact]
    public async Task CheckAsync_RedirectLoop_IsRedirectLoopWithoutGoingRound()
    {
        var result = await LinkTesting.CheckAsync(_server, "/loop/a", LinkTesting.Options(_server) with { LookUpArchive = false });

        Assert.Equal(LinkStatus.RedirectLoop, result.Status);
        Assert.Equal(2, result.Attempts);
        Assert.Equal(2, result.Redirects.Length);
        Assert.Equal(2, _server.Seen.Count);
    }

    [Theory]
    [InlineData("/missing", 404)]
    [InlineData("/gone", 410)]
    public async Task CheckAsync_NotFoundOrGone_IsBrokenWithoutRetry(string path, int status)
    {
        var result = await LinkTesting.CheckAsync(_server, path, LinkTesting.Options(_server) with { LookUpArchive = false });

        Assert.Equal(LinkStatus.Broken, result.Status);
        Assert.Equal(status, result.HttpStatus);
        Assert.Equal(1, result.Attempts);
    }

    [Fact]
    public async Task CheckAsync_ForbiddenForHeadAndGet_IsBlockedNotBroken()
    {
        var result = await LinkTesting.CheckAsync(_server, "/forbidden", LinkTesting.Options(_server) with { LookUpArchive = false });

        Assert.Equal(LinkStatus.Blocked, result.Status);
        Assert.Equal(2, result.Attempts);
        Assert.Equal(["HEAD", "GET"], _server.Seen.Select(r => r.Method));
    }

    [Fact]
    public async Task CheckAsync_ServerErrorThenSuccess_IsOkAfterRetry()
    {
        var result = await LinkTesting.CheckAsync(_server, "/flaky");

        Assert.Equal(LinkStatus.Ok, result.Status);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(["HEAD", "HEAD", "GET"], _server.Seen.Select(r => r.Method));
    }

    [Theory]
    [InlineData("/unavailable")]
    [InlineData("/throttled")]
    public async Task CheckAsync_RetryAfterOneSecond_WaitsThenOk(string path)
    {
        var result = await LinkTesting.CheckAsync(_server, path);

        Assert.Equal(LinkStatus.Ok, result.Status);
        Assert.Equal(3, result.Attempts);
        var seen = _server.Seen;
        Assert.True(seen[1].At - seen[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {(seen[1].At - seen[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task CheckAsync_SlowerThanAttemptTimeout_IsTimeoutAfterAllAttempts()
    {
        var options = LinkTesting.Options(_server) with { LookUpArchive = false, AttemptTimeout = TimeSpan.FromMilliseconds(400) };
        var result = await LinkTesting.CheckAsync(_server, "/slow", options);

        Assert.Equal(LinkStatus.Timeout, result.Status);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, _server.Seen.Count);
    }

    [Fact]
    public async Task CheckAsync_ConnectionReset_IsConnectionFailedAfterAllAttempts()
    {
        var result = await LinkTesting.CheckAsync(_server, "/reset", LinkTesting.Options(_server) with { LookUpArchive = false });

        Assert.Equal(LinkStatus.ConnectionFailed, result.Status);
        Assert.Equal(3, result.Attempts);
        Assert.Equal(3, _server.Seen.Count);
    }

    [Fact]
    public async Task CheckAsync_FiftyMegabytePage_IsOkAndReadOnlyToTheCap()
    {
        var result = await LinkTesting.CheckAsync(_server, "/huge");

        Assert.Equal(LinkStatus.Ok, result.Status);
        Assert.Equal(2, result.Attempts);
        Assert.Contains("read only that far", result.Detail, StringComparison.Ordinal);
        await Task.Delay(200);
        Assert.True(_server.HugeBytesWritten < 10 * 1024 * 1024, $"server wrote {_server.HugeBytesWritten} bytes");
    }

    [Fact]
    public async Task CheckAsync_NotFoundPageAnsweredWith200_IsSoft404ConfirmedBySibling()
    {
        var result = await LinkTesting.CheckAsync(_server, "/soft/article-1956", LinkTesting.Options(_server) with { LookUpArchive = false });

        Assert.Equal(LinkStatus.SoftNotFound, result.Status);
        Assert.Equal(200, result.HttpStatus);
        Assert.Equal(3, result.Attempts);
        var sibling = Assert.Single(_server.Seen, r => r.Path != "/soft/article-1956");
        Assert.StartsWith("/soft/pipeline-link-check-", sibling.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_PageAbout404WhoseSiblingsAreReally404_IsOk()
    {
        var result = await LinkTesting.CheckAsync(_server, "/real/error-codes");

        Assert.Equal(LinkStatus.Ok, result.Status);
        Assert.Equal(3, result.Attempts);
        Assert.Contains("answered differently", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_RedirectToHomePage_IsSoft404()
    {
        var result = await LinkTesting.CheckAsync(_server, "/moved-home/story", LinkTesting.Options(_server) with { LookUpArchive = false });

        Assert.Equal(LinkStatus.SoftNotFound, result.Status);
        Assert.Equal(_server.Url("/"), result.FinalUrl);
        Assert.Contains("home page", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAsync_HeadAnsweredWith405_FallsBackToGet()
    {
        var result = await LinkTesting.CheckAsync(_server, "/no-head");

        Assert.Equal(LinkStatus.Ok, result.Status);
        Assert.Equal(2, result.Attempts);
        Assert.Equal(["HEAD", "GET"], _server.Seen.Select(r => r.Method));
    }

    [Fact]
    public async Task CheckAsync_ManyUrlsOnOneHost_NeverExceedsTheHostLimit()
    {
        await using var checker = new Pipeline.Links.LinkChecker(LinkTesting.Options(_server));
        var links = Enumerable.Range(0, 24).Select(i => LinkTesting.Link(_server.Url($"/delay/{i}"))).ToArray();

        var results = await checker.CheckAsync(links, cache: null, CancellationToken.None);

        Assert.All(results, r => Assert.Equal(LinkStatus.Ok, r.Status));
        Assert.Equal(24, _server.Seen.Count);
        Assert.Equal(LinkTesting.PerHostLimit, _server.MaxInFlightPerHost);
    }

    [Fact]
    public async Task CheckAsync_MinimumIntervalPerHost_SpacesRequestStarts()
    {
        var options = LinkTesting.Options(_server) with { PerHostInterval = TimeSpan.FromMilliseconds(200) };
        await using var checker = new Pipeline.Links.LinkChecker(options);

        // The first requests of a process compile the HTTP and resilience code and open the host's
        // connections after their permits, so they reach the server late and shorten the measured span
        // by that much (552 ms seen on a loaded machine). Warm both connections first, then measure.
        await checker.CheckAsync([LinkTesting.Link(_server.Url("/ok")), LinkTesting.Link(_server.Url("/ok?second"))], cache: null, CancellationToken.None);
        var links = Enumerable.Range(0, 5).Select(i => LinkTesting.Link(_server.Url($"/delay/{i}"))).ToArray();

        await checker.CheckAsync(links, cache: null, CancellationToken.None);

        var starts = _server.SeenFor("/delay/").Select(r => r.At).Order().ToArray();
        Assert.Equal(5, starts.Length);

        // Arrival times carry the client's send jitter, so allow one interval of slack over the four gaps.
        Assert.True(starts[^1] - starts[0] >= TimeSpan.FromMilliseconds(600), $"{(starts[^1] - starts[0]).TotalMilliseconds} ms for five requests");
    }

    [Fact]
    public async Task CheckAsync_RunTimeLimitReached_ReportsTimeoutInsteadOfHanging()
    {
        var options = LinkTesting.Options(_server) with { RunTimeout = TimeSpan.FromMilliseconds(500), LookUpArchive = false };

        var result = await LinkTesting.CheckAsync(_server, "/slow", options);

        Assert.Equal(LinkStatus.Timeout, result.Status);
        Assert.Contains("time limit", result.Detail, StringComparison.Ordinal);
        Assert.True(_server.Seen.Count <= 1);
    }
}

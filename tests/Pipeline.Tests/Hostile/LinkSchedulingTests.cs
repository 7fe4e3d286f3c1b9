using Pipeline.Links;
using Pipeline.Tests.BadInput;
using Pipeline.Tests.Links;

namespace Pipeline.Tests.Hostile;

/// <summary>
/// A long list on one polite host, served promptly by a real server on 127.0.0.1: every URL gets a
/// verdict, none a false "timeout", because a URL's HEAD and GET finish together and the run's limit
/// grows with the time politeness needs. Each URL's own limit is real time: it is set at several times
/// what one URL's two polite requests need, so only a hang spends it, and the test runs alone.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class LinkSchedulingTests : IAsyncLifetime
{
    private LinkTestServer _server = null!;

    public async Task InitializeAsync() => _server = await LinkTestServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task CheckAsync_ManyUrlsOnOneHostBeyondTheRunLimit_AllGetTheirVerdict()
    {
        const int Urls = 40;
        // Politeness alone needs 40 URLs x 2 requests x 250 ms between starts = 20 s, five times the limit;
        // one URL's own two requests, once admitted, need about 0.5-0.75 s of it.
        var options = LinkTesting.Options(_server) with
        {
            PerHostInterval = TimeSpan.FromMilliseconds(250),
            RunTimeout = TimeSpan.FromSeconds(4),
            LookUpArchive = false,
        };
        var links = Enumerable.Range(0, Urls).Select(i => LinkTesting.Link(_server.Url($"/ok?page={i}"))).ToArray();
        await using var checker = new LinkChecker(options);

        var results = await checker.CheckAsync(links, cache: null, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(Urls, results.Length);
        Assert.All(results, r => Assert.True(r.Status == LinkStatus.Ok, $"{r.Url}: {r.Status} {r.Detail}"));
        Assert.True(_server.MaxInFlightPerHost <= LinkTesting.PerHostLimit, $"{_server.MaxInFlightPerHost} requests at once on one host");
    }
}

using Pipeline.Links;
using Pipeline.Tests.BadInput;
using Pipeline.Tests.Links;

namespace Pipeline.Tests.Hostile;

/// <summary>
/// A long list on one polite host, served promptly by a real server on 127.0.0.1: every URL gets a
/// verdict, none a false "timeout", because a URL's HEAD and GET finish together and the run's limit
/// grows with the time politeness needs. Each URL's own one-second limit is real time, so the test runs
/// alone: beside the suite's OCR and conversions a loaded runner could spend it before the first request.
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
        const int Urls = 150;
        // Politeness alone needs 150 URLs x 2 requests / 2 at a time x 20 ms = 3 s, three times the limit.
        var options = LinkTesting.Options(_server) with
        {
            PerHostInterval = TimeSpan.FromMilliseconds(20),
            RunTimeout = TimeSpan.FromSeconds(1),
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

using Pipeline.Links;
using Pipeline.Links.Fetch;

namespace Pipeline.Tests.Links.Fetch;

/// <summary>On a machine without network the seed essay's URLs end as unreachable, promptly, with no crash.</summary>
public sealed class NoNetworkTests
{
    private static readonly string[] SeedUrls =
    [
        "http://digitalarchive.wilsoncenter.org/document/115995",
        "https://archive.org/details/OnOvercomingCultIndividual/mode/1up",
        "https://www.theatlantic.com/magazine/archive/2000/03/the-future-did-not-work/378081/",
        "https://www.nytimes.com/1956/06/05/archives/khrushchev-talk-on-stalin-bares-details-of-rule-based-on-terror.html",
        "https://www.nytimes.com/1961/11/11/archives/stalingrad-name-changed.html",
    ];

    [Fact]
    public async Task CheckAsync_SeedUrlsWithoutNetwork_AreUnreachableWithinTheRunBound()
    {
        var options = new LinkCheckOptions
        {
            ConnectTimeout = TimeSpan.FromSeconds(3),
            AttemptTimeout = TimeSpan.FromSeconds(5),
            RetryBaseDelay = TimeSpan.FromMilliseconds(50),
            RunTimeout = TimeSpan.FromSeconds(60),
        };
        await using var checker = new LinkChecker(options);

        var results = await checker.CheckAsync([.. SeedUrls.Select(u => LinkTesting.Link(u))], null, CancellationToken.None);

        Assert.Equal(5, results.Length);
        Assert.All(results, r => Assert.Contains(r.Status, new[] { LinkStatus.DnsFailure, LinkStatus.ConnectionFailed }));
        Assert.All(results, r => Assert.Null(r.ArchivedUrl));
    }
}

using Pipeline.Links;
using Pipeline.Links.Collect;
using Pipeline.Links.Fetch;
using Pipeline.Links.Report;

namespace Pipeline.Tests.Links;

/// <summary>Short timeouts and small limits so the suite stays fast, and helpers to check URLs on the test server.</summary>
internal static class LinkTesting
{
    public const int PerHostLimit = 2;

    public static LinkCheckOptions Options(LinkTestServer server) => new()
    {
        AllowPrivate = true,
        PerHostConcurrency = PerHostLimit,
        PerHostInterval = TimeSpan.FromMilliseconds(5),
        GlobalConcurrency = 8,
        ConnectTimeout = TimeSpan.FromSeconds(2),
        AttemptTimeout = TimeSpan.FromSeconds(3),
        RequestTimeout = TimeSpan.FromSeconds(10),
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        MaxRetryAfter = TimeSpan.FromSeconds(2),
        RunTimeout = TimeSpan.FromSeconds(30),
        MaxBodyBytes = 256 * 1024,
        ArchiveBaseUrl = server.BaseUri,
    };

    public static CitedLink Link(string url, DateOnly? accessDate = null) =>
        new(UrlNormalizer.Normalize(url).Key, UrlNormalizer.Normalize(url).Problem, accessDate, [new Citation("test.xml", "note 1")]);

    public static async Task<LinkResult> CheckAsync(LinkTestServer server, string path, LinkCheckOptions? options = null)
    {
        await using var checker = new LinkChecker(options ?? Options(server));
        var results = await checker.CheckAsync([Link(server.Url(path))], cache: null, CancellationToken.None);
        return Assert.Single(results);
    }
}

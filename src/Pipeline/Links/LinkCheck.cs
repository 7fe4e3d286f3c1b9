using Pipeline.Links.Cache;
using Pipeline.Links.Collect;
using Pipeline.Links.Fetch;

namespace Pipeline.Links;

/// <summary>The whole link check in one call, for <c>pipeline links</c> and <c>convert --check-links</c>.</summary>
public static class LinkCheck
{
    /// <summary>Collects the URLs of TEI files (or directories of them) and checks them.</summary>
    /// <param name="teiPaths">TEI files, or directories searched for <c>*.xml</c>.</param>
    /// <param name="options">Politeness, timeouts and safety.</param>
    /// <param name="cachePath">SQLite cache file, or null for no cache.</param>
    /// <param name="cacheMaxAge">Cached results older than this are fetched again.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<LinkCheckReport> RunAsync(IEnumerable<string> teiPaths, LinkCheckOptions options, string? cachePath, TimeSpan cacheMaxAge, CancellationToken cancellationToken)
    {
        var collection = await LinkCollector.CollectAsync(teiPaths, cancellationToken).ConfigureAwait(false);
        var checker = new LinkChecker(options);
        await using var checkerDisposal = checker.ConfigureAwait(false);
        if (cachePath is null)
        {
            return new LinkCheckReport(await checker.CheckAsync(collection.Links, cache: null, cancellationToken).ConfigureAwait(false), collection.Diagnostics);
        }

        var cache = await LinkCache.OpenAsync(cachePath, cacheMaxAge, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        await using var cacheDisposal = cache.ConfigureAwait(false);
        var results = await checker.CheckAsync(collection.Links, cache, cancellationToken).ConfigureAwait(false);
        return new LinkCheckReport(results, collection.Diagnostics);
    }
}

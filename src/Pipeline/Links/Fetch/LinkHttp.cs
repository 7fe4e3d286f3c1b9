using System.Net;
using Pipeline.Links.Safety;

namespace Pipeline.Links.Fetch;

/// <summary>Builds the checker's HTTP stack: one <see cref="SocketsHttpHandler"/> with the guarded connect step.</summary>
public static class LinkHttp
{
    /// <summary>The honest User-Agent: <c>pipeline/&lt;version&gt; (+link checker)</c>.</summary>
    public static string UserAgent { get; } =
        $"pipeline/{typeof(LinkHttp).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"} (+link checker)";

    /// <summary>
    /// A handler that follows no redirects, keeps no cookies, uses no proxy, decompresses, and connects only
    /// to addresses the policy allows (checked on the resolved addresses at connect time).
    /// </summary>
    public static SocketsHttpHandler CreateHandler(LinkCheckOptions options, IHostResolver? resolver = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connector = new GuardedConnector(resolver ?? new DnsHostResolver(), options.AllowPrivate);
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            MaxConnectionsPerServer = Math.Max(1, options.PerHostConcurrency),
            ConnectCallback = connector.ConnectAsync,
        };
    }
}

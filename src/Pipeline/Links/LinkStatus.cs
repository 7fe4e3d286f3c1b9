namespace Pipeline.Links;

/// <summary>What checking one cited URL found. <see cref="LinkStatusWords"/> gives the report words.</summary>
public enum LinkStatus
{
    /// <summary>The URL answers with the content (2xx, no redirect).</summary>
    Ok,

    /// <summary>The URL answers after one or more redirects.</summary>
    Redirected,

    /// <summary>404 or 410 (or another final 4xx that says the resource is not there).</summary>
    Broken,

    /// <summary>200, but the page is a "not found" page.</summary>
    SoftNotFound,

    /// <summary>401/403/429/999 after retries: the site refuses us, which says nothing about the content.</summary>
    Blocked,

    /// <summary>5xx after retries, or the host's circuit is open.</summary>
    ServerError,

    Timeout,

    DnsFailure,

    ConnectionFailed,

    TlsError,

    /// <summary>A redirect chain that revisits a URL or exceeds the hop limit.</summary>
    RedirectLoop,

    InvalidUrl,

    /// <summary>Not http or https.</summary>
    UnsupportedScheme,

    /// <summary>Not fetched by policy (the host resolves to a loopback, private or link-local address).</summary>
    Refused,
}

using System.Collections.Frozen;

namespace Pipeline.Links;

/// <summary>The words reports use for <see cref="LinkStatus"/> values, and back.</summary>
public static class LinkStatusWords
{
    private static readonly FrozenDictionary<LinkStatus, string> Words = new Dictionary<LinkStatus, string>
    {
        [LinkStatus.Ok] = "ok",
        [LinkStatus.Redirected] = "redirected",
        [LinkStatus.Broken] = "broken",
        [LinkStatus.SoftNotFound] = "soft-404",
        [LinkStatus.Blocked] = "blocked",
        [LinkStatus.ServerError] = "server-error",
        [LinkStatus.Timeout] = "timeout",
        [LinkStatus.DnsFailure] = "dns-failure",
        [LinkStatus.ConnectionFailed] = "connection-failed",
        [LinkStatus.TlsError] = "tls-error",
        [LinkStatus.RedirectLoop] = "redirect-loop",
        [LinkStatus.InvalidUrl] = "invalid-url",
        [LinkStatus.UnsupportedScheme] = "unsupported-scheme",
        [LinkStatus.Refused] = "refused",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, LinkStatus> Statuses =
        Words.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>The report word, e.g. <c>soft-404</c>.</summary>
    public static string ToWord(this LinkStatus status) => Words[status];

    /// <summary>Parses a report word.</summary>
    public static bool TryParse(string word, out LinkStatus status) => Statuses.TryGetValue(word, out status);

    /// <summary>True for the statuses that mean the citation still leads somewhere.</summary>
    public static bool IsFine(this LinkStatus status) => status is LinkStatus.Ok or LinkStatus.Redirected;
}

using System.Collections.Immutable;
using Pipeline.Links.Report;

namespace Pipeline.Links.Cache;

/// <summary>The part of a result worth keeping between runs.</summary>
internal sealed record CachedFetch(
    string Status,
    int? HttpStatus,
    string? FinalUrl,
    string? RedirectKind,
    ImmutableArray<RedirectHop> Redirects,
    int Attempts,
    long ElapsedMs,
    string? ArchivedUrl,
    string? ArchivedAt,
    string? Detail)
{
    public static CachedFetch From(LinkResult result) => new(
        result.Status.ToWord(), result.HttpStatus, result.FinalUrl, result.RedirectKind, result.Redirects,
        result.Attempts, result.ElapsedMs, result.ArchivedUrl, result.ArchivedAt, result.Detail);

    public LinkResult? ToResult(string url) =>
        LinkStatusWords.TryParse(Status, out var status)
            ? new LinkResult
            {
                Url = url,
                Status = status,
                HttpStatus = HttpStatus,
                FinalUrl = FinalUrl,
                RedirectKind = RedirectKind,
                Redirects = Redirects.IsDefault ? [] : Redirects,
                Attempts = Attempts,
                ElapsedMs = ElapsedMs,
                ArchivedUrl = ArchivedUrl,
                ArchivedAt = ArchivedAt,
                Detail = Detail,
                Cached = true,
            }
            : null;
}

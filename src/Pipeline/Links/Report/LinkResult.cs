using System.Collections.Immutable;
using Pipeline.Links.Collect;

namespace Pipeline.Links.Report;

/// <summary>What checking one cited URL found, as the reports show it.</summary>
public sealed record LinkResult
{
    /// <summary>The normalised URL.</summary>
    public required string Url { get; init; }

    public required LinkStatus Status { get; init; }

    /// <summary>The last HTTP status received, if any.</summary>
    public int? HttpStatus { get; init; }

    /// <summary>Where the redirects ended, when there were any.</summary>
    public string? FinalUrl { get; init; }

    /// <summary><c>permanent</c> when every hop was 301/308, <c>temporary</c> otherwise; null without redirects.</summary>
    public string? RedirectKind { get; init; }

    public ImmutableArray<RedirectHop> Redirects { get; init; } = [];

    /// <summary>HTTP attempts made for this URL: every hop, retry, HEAD-then-GET and soft-404 confirmation.</summary>
    public int Attempts { get; init; }

    public long ElapsedMs { get; init; }

    /// <summary>The closest Internet Archive snapshot, for links that are not fine.</summary>
    public string? ArchivedUrl { get; init; }

    /// <summary>When the snapshot was taken (ISO 8601, UTC).</summary>
    public string? ArchivedAt { get; init; }

    public ImmutableArray<Citation> CitedIn { get; init; } = [];

    /// <summary>A short human explanation (the exception, the soft-404 signal, ...).</summary>
    public string? Detail { get; init; }

    /// <summary>The result came from the cache, not from this run.</summary>
    public bool Cached { get; init; }
}

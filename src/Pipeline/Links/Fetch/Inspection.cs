using System.Collections.Immutable;
using Pipeline.Links.Report;

namespace Pipeline.Links.Fetch;

/// <summary>What fetching one URL found, before archive look-up and citations are added.</summary>
internal sealed record Inspection(
    LinkStatus Status,
    int? HttpStatus,
    string? FinalUrl,
    ImmutableArray<RedirectHop> Redirects,
    int Attempts,
    string? Detail);

using System.Collections.Immutable;

namespace Pipeline.Links.Collect;

/// <summary>
/// One distinct URL found in the documents, with every place it is cited.
/// </summary>
/// <param name="Url">The normalised URL (the raw text when it could not be parsed).</param>
/// <param name="Problem">Set when the URL cannot be fetched at all (invalid, unsupported scheme).</param>
/// <param name="AccessDate">The earliest access date given next to any citation of the URL.</param>
/// <param name="CitedIn">Where the URL is cited, in document order.</param>
public sealed record CitedLink(string Url, LinkStatus? Problem, DateOnly? AccessDate, ImmutableArray<Citation> CitedIn);

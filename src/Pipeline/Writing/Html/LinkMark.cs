using Pipeline.Links;

namespace Pipeline.Writing.Html;

/// <summary>What a link report says about one cited URL: its status, the HTTP status and the archived copy.</summary>
public sealed record LinkMark(LinkStatus Status, int? HttpStatus, string? ArchivedUrl)
{
    /// <summary>
    /// True when the citation no longer leads to its content (the page shows these in red). A site that
    /// refuses robots, or a URL not fetched by policy, says nothing about the content and is not broken.
    /// </summary>
    public bool IsBroken => !Status.IsFine()
        && Status is not (LinkStatus.Blocked or LinkStatus.Refused or LinkStatus.UnsupportedScheme or LinkStatus.InvalidUrl);
}

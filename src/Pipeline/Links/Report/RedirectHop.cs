namespace Pipeline.Links.Report;

/// <summary>One redirect followed: the URL asked for, the status, and where it pointed.</summary>
public sealed record RedirectHop(string Url, int HttpStatus, string Location)
{
    /// <summary>301 and 308 say the move is for good.</summary>
    public bool IsPermanent => HttpStatus is 301 or 308;
}

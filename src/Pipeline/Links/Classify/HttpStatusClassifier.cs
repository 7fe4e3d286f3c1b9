namespace Pipeline.Links.Classify;

/// <summary>The status of a link whose last answer (after redirects and retries) was this HTTP code.</summary>
internal static class HttpStatusClassifier
{
    public static LinkStatus Classify(int status, bool redirected) => status switch
    {
        >= 200 and < 300 => redirected ? LinkStatus.Redirected : LinkStatus.Ok,
        401 or 403 or 407 or 429 or 451 or 999 => LinkStatus.Blocked,
        >= 400 and < 500 => LinkStatus.Broken,
        _ => LinkStatus.ServerError,
    };
}

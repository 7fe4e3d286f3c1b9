namespace Pipeline.Links.Fetch;

/// <summary>
/// What one HTTP attempt returned, copied out of the response so the response can be disposed inside
/// the attempt (retries then never hold connections).
/// </summary>
/// <param name="Status">HTTP status code.</param>
/// <param name="Location">The <c>Location</c> header, resolved against the request URI.</param>
/// <param name="RetryAfter">How long the server asked us to wait (429/503), already capped.</param>
/// <param name="ContentType">Media type without parameters, lower case.</param>
/// <param name="Body">The decoded start of the body when it was read (HTML, JSON).</param>
/// <param name="Truncated">The body was longer than the cap and was not read to the end.</param>
internal sealed record HttpProbe(int Status, Uri? Location, TimeSpan? RetryAfter, string? ContentType, string? Body, bool Truncated)
{
    public bool IsRedirect => Status is 301 or 302 or 303 or 307 or 308 && Location is not null;

    public bool IsSuccess => Status is >= 200 and < 300;

    public bool IsHtml => ContentType is null or "text/html" or "application/xhtml+xml";
}

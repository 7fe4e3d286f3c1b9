namespace Pipeline.Links.Fetch;

/// <summary>One request to make: method, URI, and whether the body is wanted.</summary>
internal sealed record ProbeRequest(HttpMethod Method, Uri Uri, bool ReadBody);

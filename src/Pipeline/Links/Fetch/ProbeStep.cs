namespace Pipeline.Links.Fetch;

/// <summary>The outcome of one request after its retries: a probe or the exception that ended it, and the attempts made.</summary>
internal sealed record ProbeStep(ProbeRequest Request, HttpProbe? Probe, Exception? Failure, int Attempts);

namespace Pipeline.Links.Classify;

/// <summary>What a 200 page says about itself: its title and the signs that it is a "not found" page.</summary>
internal sealed record PageSignals(string Title, bool SaysNotFound, bool CanonicalAtRoot, bool RedirectedHome)
{
    public bool Suspicious => SaysNotFound || CanonicalAtRoot || RedirectedHome;

    public string Describe()
    {
        var reasons = new List<string>();
        if (SaysNotFound)
        {
            reasons.Add($"page says \"{Title}\"");
        }

        if (CanonicalAtRoot)
        {
            reasons.Add("canonical link points at the site root");
        }

        if (RedirectedHome)
        {
            reasons.Add("redirected to the home page");
        }

        return string.Join("; ", reasons);
    }
}

namespace Pipeline.Stages.Structure.Front;

/// <summary>
/// A line printed under a by-line that names where the author works: short, and at least one of
/// its comma-separated parts is an organisation ("Lincoln, University of Oxford").
/// </summary>
internal static class AffiliationLine
{
    private const int MaxWords = 20;

    public static bool Is(string line, FrontVocabulary vocabulary)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.EndsWith('.') || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWords)
        {
            return false;
        }

        return Parts(text).Any(part => BylineParser.IsOrganisationName(part.Split(' ', StringSplitOptions.RemoveEmptyEntries), vocabulary));
    }

    /// <summary>The comma-separated parts of an affiliation, trimmed.</summary>
    public static IEnumerable<string> Parts(string affiliation) =>
        affiliation.Split(',').Select(part => part.Trim()).Where(part => part.Length > 0);
}

namespace Pipeline.Reading;

/// <summary>
/// Keeps figure paths inside the document's folder: a path must be relative and must not climb
/// above the folder, however it is spelled (<c>..</c>, backslashes, percent-encoding).
/// </summary>
internal static class ImagePaths
{
    /// <summary>Returns the normalised relative path (forward slashes), or null when the path would leave the folder.</summary>
    public static string? Normalise(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(path.Trim());
        }
        catch (UriFormatException)
        {
            return null;
        }

        decoded = decoded.Replace('\\', '/');
        if (decoded.StartsWith('/') || decoded.Contains(':', StringComparison.Ordinal) || decoded.Contains('\0', StringComparison.Ordinal))
        {
            // Rooted paths, drive letters and URL schemes all point outside the folder.
            return null;
        }

        var parts = new List<string>();
        foreach (var segment in decoded.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment.Length > 2 && segment.All(c => c == '.'))
            {
                // "..." and longer mean the parent on some systems; never inside the folder for sure.
                return null;
            }

            if (segment == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(segment);
        }

        return parts.Count == 0 ? null : string.Join('/', parts);
    }
}

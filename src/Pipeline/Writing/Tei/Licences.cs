using System.Collections.Frozen;

namespace Pipeline.Writing.Tei;

/// <summary>
/// A licence as the metadata names it, an SPDX id or a URL, turned into what <c>licence</c>
/// needs: a target URL and a readable name. SPDX ids point to the SPDX licence list.
/// </summary>
internal static class Licences
{
    private static readonly FrozenDictionary<string, string> CreativeCommons = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["CC0-1.0"] = "https://creativecommons.org/publicdomain/zero/1.0/",
        ["CC-BY-4.0"] = "https://creativecommons.org/licenses/by/4.0/",
        ["CC-BY-SA-4.0"] = "https://creativecommons.org/licenses/by-sa/4.0/",
        ["CC-BY-NC-4.0"] = "https://creativecommons.org/licenses/by-nc/4.0/",
        ["CC-BY-NC-SA-4.0"] = "https://creativecommons.org/licenses/by-nc-sa/4.0/",
        ["CC-BY-ND-4.0"] = "https://creativecommons.org/licenses/by-nd/4.0/",
        ["CC-BY-NC-ND-4.0"] = "https://creativecommons.org/licenses/by-nc-nd/4.0/",
        ["CC-BY-3.0"] = "https://creativecommons.org/licenses/by/3.0/",
        ["CC-BY-SA-3.0"] = "https://creativecommons.org/licenses/by-sa/3.0/",
        ["CC-BY-NC-SA-3.0"] = "https://creativecommons.org/licenses/by-nc-sa/3.0/",
        ["CC-BY-NC-ND-3.0"] = "https://creativecommons.org/licenses/by-nc-nd/3.0/",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static (string Url, string Name)? Describe(string? licence)
    {
        if (string.IsNullOrWhiteSpace(licence))
        {
            return null;
        }

        var value = licence.Trim();
        if (Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            return (url.AbsoluteUri, value);
        }

        return CreativeCommons.TryGetValue(value, out var known)
            ? (known, value)
            : ("https://spdx.org/licenses/" + Uri.EscapeDataString(value) + ".html", value);
    }

    /// <summary>True for what <see cref="Describe"/> accepts: a web URL or an SPDX-like id (letters, digits, '.', '-', '+').</summary>
    public static bool IsValid(string licence)
    {
        var value = licence.Trim();
        if (Uri.TryCreate(value, UriKind.Absolute, out var url))
        {
            return url.Scheme is "http" or "https";
        }

        return value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '+');
    }
}

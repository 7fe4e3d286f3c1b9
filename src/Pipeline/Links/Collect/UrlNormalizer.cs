namespace Pipeline.Links.Collect;

/// <summary>
/// Turns a cited URL into the key the checker de-duplicates on: scheme and host in lower case, default
/// port dropped, fragment dropped (the server never sees it).
/// </summary>
internal static class UrlNormalizer
{
    private const string TrailingPunctuation = ".,;:!?'\"»’”>";

    /// <summary>True when the attribute value looks like an absolute URI (has a scheme), not a local pointer.</summary>
    public static bool HasScheme(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            var c = value[i];
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '.' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Normalises a URL taken from an attribute.</summary>
    public static NormalizedUrl Normalize(string raw)
    {
        var trimmed = raw.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri))
        {
            return new NormalizedUrl(trimmed, LinkStatus.InvalidUrl);
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return new NormalizedUrl(uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped), LinkStatus.UnsupportedScheme);
        }

        if (string.IsNullOrEmpty(uri.Host))
        {
            return new NormalizedUrl(trimmed, LinkStatus.InvalidUrl);
        }

        return new NormalizedUrl(Key(uri), null);
    }

    /// <summary>Normalises a URL found in running text: trailing sentence punctuation and unbalanced brackets are not part of it.</summary>
    public static NormalizedUrl NormalizeFromText(string raw) => Normalize(TrimTextUrl(raw));

    /// <summary>The normalised form of an absolute http(s) URI.</summary>
    public static string Key(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.PathAndQuery, UriFormat.UriEscaped);
    }

    internal static string TrimTextUrl(string raw)
    {
        var end = raw.Length;
        while (end > 0)
        {
            var last = raw[end - 1];
            if (TrailingPunctuation.Contains(last, StringComparison.Ordinal))
            {
                end--;
                continue;
            }

            if (last is ')' or ']' or '}' && IsUnbalanced(raw.AsSpan(0, end), last))
            {
                end--;
                continue;
            }

            break;
        }

        return raw[..end];
    }

    private static bool IsUnbalanced(ReadOnlySpan<char> text, char closing)
    {
        var opening = closing switch
        {
            ')' => '(',
            ']' => '[',
            _ => '{',
        };
        return text.Count(closing) > text.Count(opening);
    }
}

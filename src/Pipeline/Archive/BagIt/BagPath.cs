using System.Text;

namespace Pipeline.Archive.BagIt;

/// <summary>
/// File paths as manifests write them: forward slashes, relative to the bag, with CR, LF and '%'
/// percent-encoded (RFC 8493, section 2.1.3).
/// </summary>
internal static class BagPath
{
    public static string Encode(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var builder = new StringBuilder(relativePath.Length);
        foreach (var c in relativePath)
        {
            builder.Append(c switch
            {
                '%' => "%25",
                '\n' => "%0A",
                '\r' => "%0D",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    public static string Decode(string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        var builder = new StringBuilder(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] == '%' && i + 2 < encoded.Length && TryDecodeEscape(encoded.AsSpan(i + 1, 2), out var c))
            {
                builder.Append(c);
                i += 2;
            }
            else
            {
                builder.Append(encoded[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// True when <paramref name="relativePath"/> stays inside the bag: not rooted, no empty, '.' or
    /// '..' segment. A manifest naming <c>data/../../etc/passwd</c> must never be opened.
    /// </summary>
    public static bool StaysInside(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        if (relativePath.Length == 0 || relativePath[0] == '/' || relativePath.Contains('\0', StringComparison.Ordinal) || Path.IsPathRooted(relativePath))
        {
            return false;
        }

        foreach (var segment in relativePath.Split('/'))
        {
            if (segment.Length == 0 || segment == "." || segment == "..")
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryDecodeEscape(ReadOnlySpan<char> hex, out char decoded)
    {
        decoded = hex switch
        {
            "0A" or "0a" => '\n',
            "0D" or "0d" => '\r',
            "25" => '%',
            _ => '\0',
        };
        return decoded != '\0';
    }
}

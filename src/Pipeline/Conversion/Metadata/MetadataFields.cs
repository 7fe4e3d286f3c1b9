using System.Text.RegularExpressions;
using Pipeline.Model;

namespace Pipeline.Conversion.Metadata;

/// <summary>
/// The keys a metadata file (or the command line's batch defaults) may give, each checked: an
/// unknown key or a value of the wrong shape is a problem naming the source and the field.
/// </summary>
internal static partial class MetadataFields
{
    /// <summary>The keys, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["journal", "volume", "issue", "year", "pages", "doi", "url", "publisher", "licence", "language"];

    /// <summary>Builds the record from key/value pairs; every problem is one message "source: field 'key': why".</summary>
    public static (ArticleMetadata Metadata, IReadOnlyList<string> Problems) Build(string source, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var problems = new List<string>();
        var metadata = new ArticleMetadata();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (rawKey, rawValue) in fields)
        {
            var key = rawKey.Trim().ToLowerInvariant();
            if (key == "license")
            {
                key = "licence";
            }

            var value = rawValue.Trim();
            if (!Keys.Contains(key))
            {
                problems.Add($"{source}: field '{rawKey}' is not known (known fields: {string.Join(", ", Keys)})");
                continue;
            }

            if (!seen.Add(key))
            {
                problems.Add($"{source}: field '{key}' is given twice");
                continue;
            }

            if (value.Length == 0)
            {
                problems.Add($"{source}: field '{key}' is empty");
                continue;
            }

            if (Check(key, ref value) is { } why)
            {
                problems.Add($"{source}: field '{key}': {why}");
                continue;
            }

            metadata = Set(metadata, key, value);
        }

        return (metadata, problems);
    }

    /// <summary>Null when the value is fine (normalised in place), else why not.</summary>
    private static string? Check(string key, ref string value)
    {
        switch (key)
        {
            case "year":
                return Year().IsMatch(value) ? null : $"'{value}' is not a four-digit year";
            case "doi":
                var doi = DoiPrefix().Replace(value, string.Empty);
                if (!Doi().IsMatch(doi))
                {
                    return $"'{value}' is not a DOI (10.<registrant>/<suffix>)";
                }

                value = doi;
                return null;
            case "url":
                return Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? null : $"'{value}' is not an http(s) URL";
            case "licence":
                return Writing.Tei.Licences.IsValid(value) ? null : $"'{value}' is neither an SPDX licence id (e.g. CC-BY-4.0) nor an http(s) URL";
            case "language":
                return Language().IsMatch(value) ? null : $"'{value}' is not a BCP 47 language tag (e.g. en, de-AT)";
            default:
                return value.Contains('\n', StringComparison.Ordinal) ? "must be one line" : null;
        }
    }

    private static ArticleMetadata Set(ArticleMetadata metadata, string key, string value) => key switch
    {
        "journal" => metadata with { Journal = value },
        "volume" => metadata with { Volume = value },
        "issue" => metadata with { Issue = value },
        "year" => metadata with { Year = value },
        "pages" => metadata with { Pages = value },
        "doi" => metadata with { Doi = value },
        "url" => metadata with { Url = value },
        "publisher" => metadata with { Publisher = value },
        "licence" => metadata with { Licence = value },
        "language" => metadata with { Language = value },
        _ => metadata,
    };

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex DoiPrefix();

    [GeneratedRegex(@"^10\.\d{4,9}/\S+$")]
    private static partial Regex Doi();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex Language();
}

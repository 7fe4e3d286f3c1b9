namespace Pipeline.Model;

/// <summary>
/// What a metadata file (or the batch's defaults) says about the published article. Every field is
/// optional; the TEI header describes the article with what is known and invents nothing.
/// </summary>
public sealed record ArticleMetadata
{
    public static ArticleMetadata Empty { get; } = new();

    public string? Journal { get; init; }

    public string? Volume { get; init; }

    public string? Issue { get; init; }

    /// <summary>The year of publication (four digits).</summary>
    public string? Year { get; init; }

    /// <summary>The article's pages in the journal, e.g. "12–34".</summary>
    public string? Pages { get; init; }

    /// <summary>The DOI without a resolver prefix, e.g. "10.1000/xyz123".</summary>
    public string? Doi { get; init; }

    /// <summary>Where the article is published online.</summary>
    public string? Url { get; init; }

    public string? Publisher { get; init; }

    /// <summary>An SPDX licence id (e.g. "CC-BY-4.0") or the URL of a licence.</summary>
    public string? Licence { get; init; }

    /// <summary>A BCP 47 language tag, e.g. "en" or "de-AT".</summary>
    public string? Language { get; init; }

    /// <summary>This record's fields, each replaced by <paramref name="other"/>'s where that one is set.</summary>
    public ArticleMetadata OverriddenBy(ArticleMetadata other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new ArticleMetadata
        {
            Journal = other.Journal ?? Journal,
            Volume = other.Volume ?? Volume,
            Issue = other.Issue ?? Issue,
            Year = other.Year ?? Year,
            Pages = other.Pages ?? Pages,
            Doi = other.Doi ?? Doi,
            Url = other.Url ?? Url,
            Publisher = other.Publisher ?? Publisher,
            Licence = other.Licence ?? Licence,
            Language = other.Language ?? Language,
        };
    }
}

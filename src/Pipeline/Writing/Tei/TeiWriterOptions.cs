namespace Pipeline.Writing.Tei;

/// <summary>What the TEI writer needs besides the document. Every field has a deterministic default.</summary>
public sealed record TeiWriterOptions
{
    /// <summary>Named in <c>publicationStmt/publisher</c>.</summary>
    public string Publisher { get; init; } = "Pipeline project";

    /// <summary>Named in <c>publicationStmt/distributor</c> when set.</summary>
    public string? Distributor { get; init; }

    /// <summary>The licence or rights statement in <c>publicationStmt/availability</c>.</summary>
    public string Availability { get; init; } =
        "Rights in the essay remain with its author and original publisher; this encoding is provided for research use.";

    /// <summary>File name of the scraped source text, recorded in <c>sourceDesc</c>.</summary>
    public string SourceFileName { get; init; } = "document.md";

    /// <summary>
    /// Prefix of every graphic url, e.g. <c>"seed-essay/"</c> when images are copied next to the XML.
    /// Empty keeps each figure's image path as it is.
    /// </summary>
    public string ImageBaseUrl { get; init; } = "";

    /// <summary>
    /// The version in <c>appInfo/application</c>. Null uses the library's informational version
    /// without any build metadata, so output does not change from one commit to the next.
    /// </summary>
    public string? ApplicationVersion { get; init; }
}

namespace Pipeline.Writing.Tei;

/// <summary>What the TEI writer needs besides the document. Every field has a deterministic default.</summary>
public sealed record TeiWriterOptions
{
    /// <summary>
    /// Who publishes this encoding (<c>publicationStmt/publisher</c>), when the document's metadata
    /// names no publisher. Null: the statement says the encoding is unpublished.
    /// </summary>
    public string? Publisher { get; init; }

    /// <summary>Named in <c>publicationStmt/distributor</c> when set.</summary>
    public string? Distributor { get; init; }

    /// <summary>The rights statement in <c>publicationStmt/availability</c> when the metadata gives no licence.</summary>
    public string Availability { get; init; } =
        "Rights in the essay remain with its author and original publisher; no licence was given for this encoding.";

    /// <summary>File name of the source the text was read from, recorded in <c>revisionDesc</c>.</summary>
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

    /// <summary>
    /// The day of the conversion (ISO 8601, e.g. "2026-12-01") for <c>revisionDesc/change/@when</c>.
    /// Null leaves the date out, so the same input gives the same bytes on any day.
    /// </summary>
    public string? ConversionDate { get; init; }
}

using System.Collections.Immutable;
using Pipeline.Stages;
using Pipeline.Writing;
using Pipeline.Writing.Tei;

namespace Pipeline.Conversion;

/// <summary>Options for converting one document end to end.</summary>
public sealed record ConversionOptions
{
    /// <summary>Options the stages read.</summary>
    public PipelineOptions Pipeline { get; init; } = new();

    /// <summary>
    /// Writer options. <see cref="TeiWriterOptions.ImageBaseUrl"/> and
    /// <see cref="TeiWriterOptions.SourceFileName"/> are set per document by the converter.
    /// </summary>
    public TeiWriterOptions Tei { get; init; } = new();

    /// <summary>
    /// The input format (a reader's <see cref="Reading.IDocumentReader.Format"/>), or null to choose the reader
    /// by sniffing each document's file.
    /// </summary>
    public string? InputFormat { get; init; }

    /// <summary>The writers, in order (<see cref="DocumentWriters"/>); the TEI writer comes first.</summary>
    public ImmutableArray<IDocumentWriter> Writers { get; init; } = DocumentWriters.Default();

    /// <summary>
    /// Batch-wide defaults for what the TEI header says about each article (publisher, licence,
    /// language …); a document folder's <c>metadata.json</c> or <c>metadata.yaml</c> overrides them field by field.
    /// </summary>
    public Model.ArticleMetadata Metadata { get; init; } = Model.ArticleMetadata.Empty;
}

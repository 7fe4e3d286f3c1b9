using Pipeline.Stages;
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
}

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

    /// <summary>The file a document folder holds its scraped text in.</summary>
    public string DocumentFileName { get; init; } = "document.md";
}

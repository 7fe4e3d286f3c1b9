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

    /// <summary>The settings that shape the output, as text: the record's values and the writers' names (a method: the record prints its properties).</summary>
    public string Fingerprint() => $"{this} writers=[{string.Join(",", Writers.Select(w => w.Name))}]";
}

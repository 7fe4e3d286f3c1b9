using System.Collections.Immutable;
using Pipeline.Diagnostics;
using Pipeline.Model;

namespace Pipeline.Conversion;

/// <summary>
/// The outcome of converting one document. <see cref="Tei"/> is null whenever any error was
/// reported: a document with errors produces no output.
/// </summary>
public sealed record ConversionResult(
    string DocumentId,
    byte[]? Tei,
    ImmutableArray<Diagnostic> Diagnostics,
    Document? Document,
    ImmutableArray<ImageFile> Images)
{
    /// <summary>Every file the writers produced, TEI first; empty when the conversion failed.</summary>
    public ImmutableArray<OutputFile> Outputs { get; init; } = [];

    /// <summary>True when TEI was produced.</summary>
    public bool Succeeded => Tei is not null;
}

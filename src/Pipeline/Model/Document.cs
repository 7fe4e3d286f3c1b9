using System.Collections.Immutable;

namespace Pipeline.Model;

/// <summary>
/// The whole document as the stages see it. Immutable: a stage returns a new document with the
/// parts it changed (<c>document with { Blocks = … }</c>).
/// </summary>
public sealed record Document
{
    /// <summary>The document id: its folder name, used for output file names and diagnostics.</summary>
    public required string Id { get; init; }

    /// <summary>The folder holding the document and its images; figures resolve against it.</summary>
    public required string SourceDirectory { get; init; }

    public DocumentMetadata Metadata { get; init; } = new();

    public ImmutableArray<Block> Blocks { get; init; } = [];

    /// <summary>
    /// The number printed on each page (page index, 1-based as in <see cref="SourceSpan"/>, to its
    /// label), filled where the page number is dropped as furniture; a page that shows none has no entry.
    /// </summary>
    public ImmutableSortedDictionary<int, string> PageLabels { get; init; } = ImmutableSortedDictionary<int, string>.Empty;
}

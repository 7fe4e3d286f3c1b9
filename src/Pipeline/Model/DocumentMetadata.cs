using System.Collections.Immutable;

namespace Pipeline.Model;

/// <summary>What the TEI header says about the essay itself.</summary>
public sealed record DocumentMetadata
{
    public ImmutableArray<Inline> Title { get; init; } = [];

    public ImmutableArray<Author> Authors { get; init; } = [];

    public ImmutableArray<Paragraph> Abstract { get; init; } = [];

    /// <summary>SHA-256 of the source text, recorded in the header so an output names its input.</summary>
    public string? SourceSha256 { get; init; }

    /// <summary>Normalisations that stages applied, for <c>editorialDecl</c>.</summary>
    public ImmutableArray<EditorialNote> Editorial { get; init; } = [];

    /// <summary>What the citation stage found and linked, for <c>editorialDecl</c>; null when it found no reference.</summary>
    public CitationFacts? Citations { get; init; }
}

public sealed record Author(string Name, string? Affiliation);

/// <summary>One statement for the header's editorialDecl: which TEI element and what it says.</summary>
public sealed record EditorialNote(EditorialKind Kind, string Description);

public enum EditorialKind
{
    Correction,
    Normalization,
    Hyphenation,
    Segmentation,
    Interpretation,
}

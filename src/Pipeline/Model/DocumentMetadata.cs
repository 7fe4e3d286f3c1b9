using System.Collections.Immutable;

namespace Pipeline.Model;

/// <summary>What the TEI header says about the essay itself.</summary>
public sealed record DocumentMetadata
{
    /// <summary>The main title, as printed (without a subtitle that follows a colon or sits on its own line).</summary>
    public ImmutableArray<Inline> Title { get; init; } = [];

    /// <summary>The subtitle, when the front matter shows one; empty otherwise.</summary>
    public ImmutableArray<Inline> Subtitle { get; init; } = [];

    public ImmutableArray<Author> Authors { get; init; } = [];

    public ImmutableArray<Paragraph> Abstract { get; init; } = [];

    /// <summary>
    /// Blocks printed above the title (a journal's masthead, a running head of the first page): kept
    /// whole in the front matter, so they neither vanish nor pass for the essay's first paragraph.
    /// </summary>
    public ImmutableArray<Block> AboveTitle { get; init; } = [];

    /// <summary>SHA-256 of the source text, recorded in the header so an output names its input.</summary>
    public string? SourceSha256 { get; init; }

    /// <summary>The published article this text was taken from: journal, volume, DOI, licence … (all optional).</summary>
    public ArticleMetadata Article { get; init; } = ArticleMetadata.Empty;

    /// <summary>The essay's language, from the metadata file or detected; null when neither says.</summary>
    public DocumentLanguage? Language { get; init; }

    /// <summary>
    /// What the stages did to this document, one statement each, for <c>editorialDecl</c>. A stage
    /// appends a statement only for what it actually did here, so the header claims nothing else.
    /// </summary>
    public ImmutableArray<EditorialNote> Editorial { get; init; } = [];

    /// <summary>What the citation stage found and linked, for <c>editorialDecl</c>; null when it found no reference.</summary>
    public CitationFacts? Citations { get; init; }
}

/// <summary>
/// A by-line entry: a person (or, with <see cref="IsOrganisation"/>, a body such as "Office of the
/// Historian") and the affiliation printed with it.
/// </summary>
public sealed record Author(string Name, string? Affiliation)
{
    public bool IsOrganisation { get; init; }
}

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

/// <summary>The language of the essay: a BCP 47 tag and its English name; <see cref="Detected"/> when guessed from the text.</summary>
public sealed record DocumentLanguage(string Tag, string Name, bool Detected);

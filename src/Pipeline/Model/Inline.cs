using System.Collections.Immutable;

namespace Pipeline.Model;

/// <summary>A run of text-level content. Closed hierarchy: every stage and writer handles each case.</summary>
public abstract record Inline;

/// <summary>Plain text, already unescaped.</summary>
public sealed record Text(string Value) : Inline;

/// <summary>Typographic highlighting: italic, bold or superscript that is not a note call-out.</summary>
public sealed record Styled(TextStyle Style, ImmutableArray<Inline> Content) : Inline;

/// <summary>A hyperlink. <see cref="IsBare"/> is true for autolinks whose visible text is the URL itself.</summary>
public sealed record Link(string Target, ImmutableArray<Inline> Content, bool IsBare) : Inline;

/// <summary>A footnote call-out (<c>&lt;sup&gt;N&lt;/sup&gt;</c>) not yet replaced by its note.</summary>
public sealed record NoteCall(string Label, int Line) : Inline;

/// <summary>A footnote placed at its call-out; <see cref="Content"/> is the whole note, joined across pages.</summary>
public sealed record Note(string Label, string Id, ImmutableArray<Block> Content) : Inline;

/// <summary>
/// The end of a source line inside a paragraph. Hard-wrapped scrapes and page joins produce these;
/// de-hyphenation decides whether they become a space, nothing, or a kept hyphen.
/// </summary>
public sealed record LineEnd(LineEndKind Kind, int Line) : Inline
{
    /// <summary>For a <see cref="LineEndKind.Page"/> line end, the 1-based page the next line is on; 0 when unknown.</summary>
    public int NextPage { get; init; }
}

/// <summary>
/// Where a page begins inside running text: a paragraph continued across a page break keeps the
/// break here once its line ends are resolved. <see cref="Page"/> is 1-based, as in <see cref="SourceSpan"/>.
/// </summary>
public sealed record PageBreak(int Page) : Inline;

/// <summary>A pointer to another part of this document (an appendix, a note).</summary>
public sealed record CrossReference(string TargetId, ImmutableArray<Inline> Content) : Inline;

/// <summary>
/// A line the typesetter printed to say where a figure or table set elsewhere belongs ("[see Figure 2 at the
/// end of the article]", "[Table 1 about here]"): its words are kept as printed, apart from the author's text.
/// <see cref="Label"/> names the display ("Figure 2"); <see cref="TargetId"/> is the figure it names, when found.
/// </summary>
public sealed record Placement(string Label, string? TargetId, ImmutableArray<Inline> Content) : Inline;

/// <summary>A structured bibliographic reference inside running text or a note.</summary>
public sealed record Reference(Citations.BibliographicReference Parts, ImmutableArray<Inline> Content) : Inline;

/// <summary>
/// A labelled part of a reference (author, title, date …) wrapping the words exactly as written,
/// so structuring a citation never adds, drops or reorders text.
/// </summary>
public sealed record BibField(BibFieldKind Kind, ImmutableArray<Inline> Content) : Inline;

public enum BibFieldKind
{
    Author,
    Editor,
    ArticleTitle,
    MonographTitle,
    JournalTitle,
    PubPlace,
    Publisher,
    Date,
    Volume,
    Issue,
    Pages,
}

public enum TextStyle
{
    Italic,
    Bold,
    Superscript,
}

public enum LineEndKind
{
    /// <summary>An ordinary wrapped line end: a space unless the line ends in a hyphen.</summary>
    Soft,

    /// <summary>An explicit break the author kept (two trailing spaces or a backslash).</summary>
    Hard,

    /// <summary>The seam where a paragraph cut by a page break was joined to its continuation.</summary>
    Page,
}

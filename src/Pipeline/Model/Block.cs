using System.Collections.Immutable;

namespace Pipeline.Model;

/// <summary>
/// A block of the document. Every block keeps the 1-based source lines it came from and the
/// scraped page it started on, so diagnostics can point at the input.
/// </summary>
public abstract record Block(SourceSpan Span);

/// <summary>A heading as the scrape marked it (<c>#</c>, <c>##</c> …) or as structure inferred it.</summary>
public sealed record Heading(int Level, ImmutableArray<Inline> Content, SourceSpan Span) : Block(Span);

/// <summary>A paragraph of running text.</summary>
public sealed record Paragraph(ImmutableArray<Inline> Content, SourceSpan Span) : Block(Span);

/// <summary>
/// A block quotation: set off from the running text (a markdown <c>&gt;</c> block, lines indented on
/// both sides in a PDF). One paragraph of quoted text; its call-outs, notes and references are
/// walked like a paragraph's.
/// </summary>
public sealed record Quotation(ImmutableArray<Inline> Content, SourceSpan Span) : Block(Span);

/// <summary>A bulleted or numbered list item (one paragraph of content).</summary>
public sealed record ListItem(ImmutableArray<Inline> Content, SourceSpan Span) : Block(Span);

/// <summary>
/// A block of inline content that the shared model does not name: the reading side's page-foot
/// notes before they are linked (<c>Pipeline.Reading.Layout</c>). Walkers that do not know the
/// concrete type still reach its content; writers never see one, because the stage that consumes
/// it turns every leftover into a plain <see cref="Paragraph"/>.
/// </summary>
public abstract record ContentBlock(ImmutableArray<Inline> Content, SourceSpan Span) : Block(Span);

/// <summary>A division of the document: an appendix, the bibliography, a section.</summary>
public sealed record Division(DivisionKind Kind, string Id, Heading? Head, ImmutableArray<Block> Content, SourceSpan Span)
    : Block(Span);

/// <summary>
/// An image with its caption and, once recognised, its transcription. <see cref="ImagePath"/> is
/// relative to the document's source folder.
/// </summary>
public sealed record Figure(
    string Id,
    string ImagePath,
    ImmutableArray<Inline> Caption,
    Transcription? Transcription,
    SourceSpan Span) : Block(Span);

/// <summary>One bibliography entry, with a stable id and (once parsed) its structure.</summary>
public sealed record BibliographyEntry(
    string Id,
    ImmutableArray<Inline> Content,
    Citations.BibliographicReference? Parts,
    SourceSpan Span) : Block(Span);

public enum DivisionKind
{
    Section,
    Appendix,
    Bibliography,
}

using Pipeline.Model;

namespace Pipeline.Stages.Citations;

/// <summary>A labelled range of a reference's text, before it becomes a <see cref="BibField"/>.</summary>
internal sealed record ParsedField(BibFieldKind Kind, TextRange Range);

using Pipeline.Model;

namespace Pipeline.Stages.Citations;

/// <summary>A labelled range of a reference's text, before it becomes a <see cref="BibField"/>.</summary>
internal readonly record struct ParsedField(BibFieldKind Kind, TextRange Range);

using System.Collections.Immutable;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>One reference found in a note or entry: where it is, its labelled parts, and what they say.</summary>
internal sealed record ParsedReference(TextRange Range, ImmutableArray<ParsedField> Fields, BibliographicReference Parts);

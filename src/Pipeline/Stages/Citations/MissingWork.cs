using System.Collections.Immutable;

namespace Pipeline.Stages.Citations;

/// <summary>A work cited in the notes that the bibliography does not list.</summary>
/// <param name="Description">"Author, Title (Year)" as far as the notes give it.</param>
/// <param name="Notes">Labels of the notes citing it.</param>
public sealed record MissingWork(string Description, ImmutableArray<string> Notes);

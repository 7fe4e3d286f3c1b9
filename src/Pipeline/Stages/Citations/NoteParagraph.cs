using System.Collections.Immutable;

namespace Pipeline.Stages.Citations;

/// <summary>One paragraph of a note as parsed: its text, references and cross-references.</summary>
internal sealed record NoteParagraph(
    int NoteIndex,
    int Paragraph,
    FlatText Text,
    ImmutableArray<NoteReference> References,
    ImmutableArray<FoundCrossReference> CrossReferences);

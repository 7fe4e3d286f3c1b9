namespace Pipeline.Stages.Citations;

/// <summary>
/// A reference found in a note: the note's label, id and 0-based place among the document's notes,
/// the source line, the note paragraph it sits in, and what was parsed.
/// </summary>
internal sealed record NoteReference(string NoteLabel, string NoteId, int NoteIndex, int Line, int Paragraph, ParsedReference Parsed);

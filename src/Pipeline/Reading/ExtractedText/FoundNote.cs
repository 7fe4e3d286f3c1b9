namespace Pipeline.Reading.ExtractedText;

/// <summary>A note found in the text: its number and its lines (the first without its number).</summary>
internal sealed record FoundNote(int Number, List<TextLine> Lines);

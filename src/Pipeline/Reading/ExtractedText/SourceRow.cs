namespace Pipeline.Reading.ExtractedText;

/// <summary>One non-blank row of a page as the extractor printed it: its 1-based source line, its raw text (indentation kept) and how many blank rows stood before it.</summary>
internal sealed record SourceRow(int Line, string Text, int Blanks);

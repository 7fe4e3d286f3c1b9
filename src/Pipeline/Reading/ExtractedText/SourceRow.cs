namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// One non-blank row of a page as the extractor printed it: its 1-based source line, its raw text
/// (indentation kept), how many blank rows stood before it and whether it runs across the gutter of
/// a two-column page (see <see cref="TextColumns"/>).
/// </summary>
internal sealed record SourceRow(int Line, string Text, int Blanks, bool AcrossColumns = false);

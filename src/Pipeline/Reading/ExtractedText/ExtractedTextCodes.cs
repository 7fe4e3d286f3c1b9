namespace Pipeline.Reading.ExtractedText;

/// <summary>Diagnostic codes of the readers for extractor text (pdftotext, mutool, pdf.js markdown).</summary>
internal static class ExtractedTextCodes
{
    public const string RunningHead = "read.text-running-head";
    public const string PageNumber = "read.text-page-number";
    public const string NoNotes = "read.text-no-notes";
    public const string EndnotesFound = "read.text-endnotes";
    public const string NoteNumbersUnsplit = "read.text-note-numbers-unsplit";
    public const string RangeRestored = "read.text-range-restored";
    public const string CallOutSkipped = "read.text-call-out-skipped";
    public const string CallOutMissing = "read.text-call-out-missing";
    public const string CallOutsReordered = "read.text-call-outs-reordered";
    public const string FootOutOfOrder = "read.text-foot-out-of-order";
    public const string NoteTextMissing = "read.text-note-text-missing";
    public const string ColumnsInterleaved = "read.text-columns-interleaved";
    public const string ColumnOrderUnknown = "read.text-column-order-unknown";
    public const string FootStrayLine = "read.text-foot-stray-line";
    public const string FigureList = "read.text-figure-list";
    public const string ReplacementCharacter = "read.text-replacement-character";
    public const string PrivateGlyphRead = "read.text-private-glyph";
    public const string PrivateGlyphUnread = "read.text-private-glyph-unread";
}

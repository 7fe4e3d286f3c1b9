namespace Pipeline.Reading.Pdf;

/// <summary>Diagnostic codes the PDF reader reports.</summary>
internal static class PdfReadingCodes
{
    public const string Damaged = "pdf.damaged";
    public const string Encrypted = "pdf.encrypted";
    public const string NoTextLayer = "pdf.no-text-layer";
    public const string Empty = "pdf.empty";
    public const string CallsSplit = "pdf.calls-split";
    public const string CallSkips = "pdf.call-skips";
    public const string NoteSkips = "pdf.note-skips";
    public const string RunningHead = "pdf.running-head";
    public const string PageNumber = "pdf.page-number";
    public const string JournalLine = "pdf.journal-line";
    public const string ImageSkipped = "pdf.image-skipped";
    public const string ImageWriteFailed = "pdf.image-write-failed";
    public const string Caption = "pdf.caption";
    public const string Placement = "pdf.placement";
    public const string EndnotesFound = "pdf.endnotes";
    public const string PrivateGlyphRead = "pdf.private-glyph";
    public const string PrivateGlyphUnread = "pdf.private-glyph-unread";
}

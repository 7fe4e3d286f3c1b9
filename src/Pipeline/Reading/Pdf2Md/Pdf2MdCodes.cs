namespace Pipeline.Reading.Pdf2Md;

/// <summary>Diagnostic codes of the pdf.js markdown rewrite.</summary>
internal static class Pdf2MdCodes
{
    public const string NoteRunsOn = "read.pdf2md-note-runs-on";
}

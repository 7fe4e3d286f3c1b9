namespace Pipeline.Stages.Footnotes;

/// <summary>Diagnostic codes of the footnote stage.</summary>
internal static class FootnoteCodes
{
    public const string DanglingCall = "notes.dangling-call";
    public const string OrphanNote = "notes.orphan-note";
    public const string DuplicateNumber = "notes.duplicate-number";
    public const string OutOfOrder = "notes.out-of-order";
    public const string CallInsideNote = "notes.call-inside-note";
    public const string StrayContinuation = "notes.stray-continuation";
}

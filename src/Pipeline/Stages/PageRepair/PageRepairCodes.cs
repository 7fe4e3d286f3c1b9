namespace Pipeline.Stages.PageRepair;

/// <summary>Diagnostic codes of the page repair stage.</summary>
internal static class PageRepairCodes
{
    public const string ParagraphJoined = "pagerepair.paragraph-joined";
    public const string NoteContinued = "pagerepair.note-continued";
    public const string ContinuationWithoutNote = "pagerepair.continuation-without-note";
}

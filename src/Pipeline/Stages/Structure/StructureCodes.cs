namespace Pipeline.Stages.Structure;

/// <summary>Diagnostic codes of the structure stage.</summary>
internal static class StructureCodes
{
    public const string NoTitle = "structure.no-title";
    public const string NoAuthor = "structure.no-author";
    public const string NoAppendixImage = "structure.appendix-without-image";
    public const string ImageFolderUnreadable = "structure.image-folder-unreadable";
    public const string BibliographyNotTaken = "structure.bibliography-not-taken";
    public const string BibliographyLineKept = "structure.bibliography-line-kept";
    public const string FigureSection = "structure.figure-section";
}

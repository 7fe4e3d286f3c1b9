namespace Pipeline.Stages.Structure;

/// <summary>Diagnostic codes of the structure stage.</summary>
internal static class StructureCodes
{
    public const string NoTitle = "structure.no-title";
    public const string NoAuthor = "structure.no-author";
    public const string NoAppendixImage = "structure.appendix-without-image";
    public const string ImageFolderUnreadable = "structure.image-folder-unreadable";
}

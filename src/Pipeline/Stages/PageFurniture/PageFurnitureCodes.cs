namespace Pipeline.Stages.PageFurniture;

/// <summary>Diagnostic codes of the page furniture stage.</summary>
internal static class PageFurnitureCodes
{
    public const string RunningHeadRemoved = "furniture.running-head";
    public const string PageNumberRemoved = "furniture.page-number";
}

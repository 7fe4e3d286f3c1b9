namespace Pipeline.Stages.LinkTargets;

/// <summary>Diagnostic codes of the link-target check.</summary>
internal static class LinkTargetCodes
{
    public const string InvalidTarget = "links.invalid-target";
}

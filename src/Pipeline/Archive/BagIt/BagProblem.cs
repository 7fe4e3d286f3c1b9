namespace Pipeline.Archive.BagIt;

/// <summary>One thing wrong with a bag: what, which file (relative to the bag) and the detail.</summary>
internal sealed record BagProblem(BagProblemKind Kind, string Path, string Detail)
{
    public override string ToString() => Kind switch
    {
        BagProblemKind.Missing => $"missing: {Path} ({Detail})",
        BagProblemKind.Extra => $"extra: {Path} ({Detail})",
        BagProblemKind.Altered => $"altered: {Path} ({Detail})",
        BagProblemKind.Unsupported => $"unsupported: {Path} ({Detail})",
        _ => $"malformed: {Path} ({Detail})",
    };
}

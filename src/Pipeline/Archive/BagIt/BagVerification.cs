using System.Collections.Immutable;

namespace Pipeline.Archive.BagIt;

/// <summary>The outcome of verifying a bag: every problem found, and how much was checked.</summary>
internal sealed record BagVerification(ImmutableArray<BagProblem> Problems, int PayloadFilesChecked, int TagFilesChecked)
{
    /// <summary>True when nothing the mode checks is wrong.</summary>
    public bool IsValid => Problems.IsEmpty;

    /// <summary>What was checked.</summary>
    public BagVerifyMode Mode { get; init; }

    /// <summary>The payload's own Payload-Oxum (octets.files), as counted on disk.</summary>
    public string PayloadOxum { get; init; } = "";
}

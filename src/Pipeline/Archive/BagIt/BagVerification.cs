using System.Collections.Immutable;

namespace Pipeline.Archive.BagIt;

/// <summary>The outcome of verifying a bag: every problem found, and how much was checked.</summary>
internal sealed record BagVerification(ImmutableArray<BagProblem> Problems, int PayloadFilesChecked, int TagFilesChecked)
{
    /// <summary>True when the bag is complete and every checksum matches.</summary>
    public bool IsValid => Problems.IsEmpty;
}

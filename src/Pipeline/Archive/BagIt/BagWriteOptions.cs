using System.Collections.Immutable;

namespace Pipeline.Archive.BagIt;

/// <summary>How a bag is written besides its bag-info: manifest algorithms, files from elsewhere, provenance.</summary>
internal sealed record BagWriteOptions
{
    public static readonly BagWriteOptions Default = new();

    /// <summary>One payload manifest and one tag manifest per algorithm (<see cref="BagChecksum.Supported"/>).</summary>
    public ImmutableArray<string> Algorithms { get; init; } = ["sha256"];

    /// <summary>Files from elsewhere to archive at the top of <c>data/</c> (a link report written outside the output).</summary>
    public IReadOnlyList<string> ExtraPayload { get; init; } = [];

    /// <summary>
    /// Files kept as tag files at the bag's top under their own names and listed in the tag manifests,
    /// such as the run report: how the payload was made, beside it rather than in it.
    /// </summary>
    public IReadOnlyList<string> TagFiles { get; init; } = [];
}

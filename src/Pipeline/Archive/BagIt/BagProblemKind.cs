namespace Pipeline.Archive.BagIt;

/// <summary>What is wrong with a bag.</summary>
internal enum BagProblemKind
{
    /// <summary>A file a manifest lists is not in the bag.</summary>
    Missing,

    /// <summary>A payload file is in the bag but not in the payload manifest.</summary>
    Extra,

    /// <summary>A file's checksum differs from its manifest entry.</summary>
    Altered,

    /// <summary>A required tag file is absent or not in the form RFC 8493 requires.</summary>
    Malformed,

    /// <summary>The bag uses something this verifier does not check (fetch.txt, an unknown algorithm).</summary>
    Unsupported,
}

using System.Collections.Immutable;

namespace Pipeline.Tests.Support;

/// <summary>
/// A hard-wrapped variant of the seed and what was done to it: the words hyphenated at line ends,
/// the 1-based lines that are page furniture (running heads, page numbers) and the page count.
/// </summary>
public sealed record HardWrappedSeed(
    string Text,
    ImmutableArray<WrapHyphen> Hyphens,
    ImmutableArray<int> FurnitureLines,
    int PageCount);

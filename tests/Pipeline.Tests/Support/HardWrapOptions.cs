namespace Pipeline.Tests.Support;

/// <summary>How <see cref="SeedVariants.HardWrap"/> derives a variant.</summary>
public sealed record HardWrapOptions
{
    /// <summary>Target line width in characters; a single unbreakable token may overflow it.</summary>
    public int Width { get; init; } = 66;

    /// <summary>Whether to hyphenate long words at line ends (syllable breaks and existing hyphens).</summary>
    public bool Hyphenate { get; init; } = true;

    public FurnitureLayout Furniture { get; init; } = FurnitureLayout.Glued;

    /// <summary>The printed number of the first page.</summary>
    public int FirstPageNumber { get; init; } = 1;
}

namespace Pipeline.Tests.Support;

/// <summary>How a derived variant places its running head and page number at a page start.</summary>
public enum FurnitureLayout
{
    /// <summary>No running heads or page numbers.</summary>
    None,

    /// <summary>Head and number lines glued to the page's first block (no blank line between).</summary>
    Glued,

    /// <summary>Head and number lines as a block of their own, followed by a blank line.</summary>
    OwnBlock,
}

namespace Pipeline.Model;

/// <summary>
/// Where a block came from: its 1-based first and last source line and the page it starts on (1-based),
/// and, for a reader that knows the layout (a PDF), the box it covers on that page.
/// </summary>
public readonly record struct SourceSpan(int FirstLine, int LastLine, int Page)
{
    public static SourceSpan None => new(0, 0, 0);

    /// <summary>The area on <see cref="Page"/>, or null when the source is line-based text.</summary>
    public PageBox? Box { get; init; }

    public SourceSpan Through(SourceSpan other) => new(FirstLine, Math.Max(LastLine, other.LastLine), Page) { Box = Box };
}

/// <summary>A rectangle on a page in PDF points, origin at the page's bottom left.</summary>
public readonly record struct PageBox(double Left, double Bottom, double Right, double Top);

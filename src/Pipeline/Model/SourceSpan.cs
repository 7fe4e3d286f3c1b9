namespace Pipeline.Model;

/// <summary>1-based first and last source line of a block, and the scraped page it starts on (1-based).</summary>
public readonly record struct SourceSpan(int FirstLine, int LastLine, int Page)
{
    public static SourceSpan None => new(0, 0, 0);

    public SourceSpan Through(SourceSpan other) => new(FirstLine, Math.Max(LastLine, other.LastLine), Page);
}

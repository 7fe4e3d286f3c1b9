using System.Collections.Immutable;

namespace Pipeline.Reading;

/// <summary>
/// A run of source lines forming one block. <see cref="Lines"/> hold the block's text with block
/// markers (<c>#</c>, list bullets) removed; line <c>i</c> of it is source line <c>FirstLine + i</c>.
/// </summary>
internal sealed record RawBlock(RawBlockKind Kind, int FirstLine, ImmutableArray<string> Lines, int HeadingLevel = 0)
{
    public int LastLine => FirstLine + Math.Max(Lines.Length, 1) - 1;

    public string Text => string.Join('\n', Lines.AsSpan());
}

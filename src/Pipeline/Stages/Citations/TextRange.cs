namespace Pipeline.Stages.Citations;

/// <summary>A half-open range [Start, End) of characters in a note's flattened text.</summary>
internal readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int position) => position >= Start && position < End;

    public bool Covers(TextRange other) => other.Start >= Start && other.End <= End;
}

namespace Pipeline.Reading.ExtractedText;

/// <summary>One page of an extractor's text (1-based <see cref="Number"/>), its non-blank lines in reading order.</summary>
internal sealed class TextPage(int number, List<TextLine> lines)
{
    public int Number { get; } = number;

    public List<TextLine> Lines { get; } = lines;
}

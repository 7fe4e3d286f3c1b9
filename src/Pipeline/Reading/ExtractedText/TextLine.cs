namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// One non-blank line of an extractor's text: its 1-based source line, its words with runs of white
/// space closed up, how far it was indented, whether a blank line stood before it and how many.
/// </summary>
internal sealed record TextLine(int Number, string Text, int Indent, bool AfterBlank, int Blanks = 0)
{
    /// <summary>Where the line ends, in characters from the left margin: what the right-margin tests compare.</summary>
    public int Right => Indent + Text.Length;
}

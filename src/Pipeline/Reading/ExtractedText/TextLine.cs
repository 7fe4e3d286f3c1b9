namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// One non-blank line of an extractor's text: its 1-based source line, its words with runs of white
/// space closed up, how far it was indented, whether a blank line stood before it and how many, and
/// whether it runs across both columns of a two-column page (its indent and right end are then
/// measured on the page, not on a column).
/// </summary>
internal sealed record TextLine(int Number, string Text, int Indent, bool AfterBlank, int Blanks = 0, bool AcrossColumns = false)
{
    /// <summary>Where the line ends, in characters from the left margin: what the right-margin tests compare.</summary>
    public int Right => Indent + Text.Length;
}

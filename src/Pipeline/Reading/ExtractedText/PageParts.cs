namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// A page cut into its body lines, the lines at its foot that continue the previous page's last note,
/// and the notes that start at its foot.
/// </summary>
internal sealed class PageParts(TextPage page)
{
    public TextPage Page { get; } = page;

    public List<TextLine> Body { get; } = [.. page.Lines];

    public List<TextLine> Continuation { get; } = [];

    public List<FoundNote> Notes { get; } = [];

    /// <summary>True when the foot's notes stood out of number order (<see cref="ScatteredFoot"/>): so may the body's call-outs.</summary>
    public bool FootOutOfOrder { get; set; }

    /// <summary>A list of figure captions after the endnotes, headed on this page (<see cref="FigureList"/>).</summary>
    public Pipeline.Model.Division? Figures { get; set; }

    /// <summary>Endnotes that start here (after the body of the page that holds the "Notes" heading).</summary>
    public List<FoundNote> Endnotes { get; } = [];
}

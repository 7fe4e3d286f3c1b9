namespace Pipeline.Reading.Pdf;

/// <summary>
/// One printed character as the PDF places it: its text (ligatures already expanded), its left and
/// right edges and baseline in PDF points (origin bottom-left), its size and its face.
/// <see cref="Raised"/> marks a superscript glyph attached to the line below its own baseline.
/// </summary>
internal readonly record struct PdfGlyph(
    string Value,
    double Left,
    double Right,
    double Baseline,
    double Size,
    FontFace Face,
    bool SpaceBefore,
    string? Link)
{
    public bool Raised { get; init; }

    /// <summary>The font's name: what a private-use glyph means depends on it.</summary>
    public string Font { get; init; } = string.Empty;
}

/// <summary>What a font's name says about its face.</summary>
[Flags]
internal enum FontFace
{
    Regular = 0,
    Italic = 1,
    Bold = 2,
}

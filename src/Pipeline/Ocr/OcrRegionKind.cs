namespace Pipeline.Ocr;

/// <summary>
/// What a region of a page holds, after Tesseract's block types (PolyBlockType). Only text kinds
/// carry lines; the others are kept as zones so that a writer can point at them.
/// </summary>
public enum OcrRegionKind
{
    /// <summary>Running text (a column, a paragraph).</summary>
    Text,

    /// <summary>A headline or heading set apart from the running text.</summary>
    Heading,

    /// <summary>A pull-out quotation or box of text.</summary>
    Pullout,

    /// <summary>A caption under or beside an image.</summary>
    Caption,

    /// <summary>Text set vertically.</summary>
    VerticalText,

    /// <summary>A table, its text read row by row.</summary>
    Table,

    /// <summary>An equation.</summary>
    Equation,

    /// <summary>A photograph, drawing, chart or logo: no text is read from it.</summary>
    Image,

    /// <summary>A printed horizontal or vertical rule.</summary>
    Rule,

    /// <summary>Specks and marks that are neither text nor picture.</summary>
    Noise,
}

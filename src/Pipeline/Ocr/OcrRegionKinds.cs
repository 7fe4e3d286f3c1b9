namespace Pipeline.Ocr;

/// <summary>Which region kinds are read as text.</summary>
public static class OcrRegionKinds
{
    /// <summary>True for the kinds whose lines belong to the page's text.</summary>
    public static bool IsText(this OcrRegionKind kind) =>
        kind is OcrRegionKind.Text or OcrRegionKind.Heading or OcrRegionKind.Pullout or OcrRegionKind.Caption
            or OcrRegionKind.VerticalText or OcrRegionKind.Table or OcrRegionKind.Equation;
}

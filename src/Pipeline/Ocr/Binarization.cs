namespace Pipeline.Ocr;

/// <summary>Thresholding method for turning a grayscale scan into black and white.</summary>
public enum Binarization
{
    /// <summary>Tiled Otsu thresholding after background normalisation.</summary>
    Otsu,

    /// <summary>Sauvola local thresholding, for uneven or stained paper.</summary>
    Sauvola,
}

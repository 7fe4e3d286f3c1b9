namespace Pipeline.Ocr;

/// <summary>What preprocessing did to an image before recognition, for reports and hOCR.</summary>
/// <param name="SkewDegrees">The skew corrected, in degrees (0 when none was).</param>
/// <param name="Scale">The factor the image was enlarged by (1 when it was not).</param>
/// <param name="Resolution">The resolution given to the engine, in pixels per inch of the processed image.</param>
public sealed record OcrPreprocessing(double SkewDegrees, double Scale, int Resolution);

using Pipeline.Ocr;

namespace Pipeline.Stages.FigureOcr;

/// <summary>How figures are recognised and where results are cached.</summary>
public sealed record FigureOcrOptions
{
    /// <summary>False skips recognition; figures keep no transcription.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Engine and preprocessing settings.</summary>
    public OcrOptions Ocr { get; init; } = new();

    /// <summary>
    /// Folder for cached recognition results; null uses <c>$XDG_CACHE_HOME/pipeline/ocr</c>
    /// (or <c>~/.cache/pipeline/ocr</c>).
    /// </summary>
    public string? CacheDirectory { get; init; }

    /// <summary>False recognises every image again, even when a cached result exists.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>
    /// Largest CER between the recognised text and scraped paragraphs beside the figure for the
    /// scrape to count as the figure's transcription.
    /// </summary>
    public double ScrapeAgreementThreshold { get; init; } = 0.10;

    /// <summary>The cache folder in effect.</summary>
    public string ResolvedCacheDirectory =>
        CacheDirectory ?? Path.Combine(
            Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
                ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
            "pipeline",
            "ocr");
}

namespace Pipeline.Stages;

/// <summary>Options for a whole conversion; each stage reads the part that concerns it.</summary>
public sealed record PipelineOptions
{
    /// <summary>Where de-hyphenation finds its word lists.</summary>
    public Dehyphenation.DehyphenationOptions Dehyphenation { get; init; } = new();

    /// <summary>How figure images are recognised and where OCR results are cached.</summary>
    public FigureOcr.FigureOcrOptions FigureOcr { get; init; } = new();
}

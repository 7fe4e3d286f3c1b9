namespace Pipeline.Conversion;

/// <summary>
/// A figure image to copy next to the TEI: from <paramref name="SourcePath"/> to
/// <c>&lt;out&gt;/&lt;id&gt;/&lt;RelativePath&gt;</c>, which is where the graphic url points.
/// </summary>
/// <param name="SourcePath">Absolute path of the image in the document's folder.</param>
/// <param name="RelativePath">The image path relative to the document folder, with forward slashes.</param>
public sealed record ImageFile(string SourcePath, string RelativePath)
{
    /// <summary>
    /// The document folder the image must be read from, through no link, when it is copied; null
    /// reads <see cref="SourcePath"/> as the user named it.
    /// </summary>
    public string? SourceDirectory { get; init; }

    /// <summary>The figure that shows the image (the first, when several do), for diagnostics about the copy.</summary>
    public string? FigureId { get; init; }

    /// <summary>The source line of that figure, 0 when unknown.</summary>
    public int Line { get; init; }
}

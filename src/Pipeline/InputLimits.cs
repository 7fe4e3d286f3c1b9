namespace Pipeline;

/// <summary>
/// The bounds every reader of outside input respects, in one place so that a reader added later is
/// bounded by the same numbers. Input beyond them is refused or simplified with a diagnostic, never
/// followed until the stack, the memory or the clock runs out.
/// </summary>
public sealed record InputLimits
{
    /// <summary>The limits used unless a caller gives others.</summary>
    public static InputLimits Default { get; } = new();

    /// <summary>
    /// How deep inline containers (emphasis, links, superscripts, paired tags) may nest in the document
    /// model a reader produces. Real prose nests a handful of levels; every recursion over the model
    /// (stages, writers, <c>PlainText</c>) is bounded by this plus the few levels stages add.
    /// </summary>
    public int MaxInlineNesting { get; init; } = 32;

    /// <summary>
    /// How deep the whole model a reader returns may nest (blocks, notes and inlines together); the
    /// converter refuses a deeper document before any stage runs. Readers stay below it by keeping
    /// their inline nesting within <see cref="MaxInlineNesting"/>.
    /// </summary>
    public int MaxModelDepth { get; init; } = 48;

    /// <summary>
    /// How deep XML elements may nest in a file read by <c>validate</c> or <c>links</c>: the TEI the
    /// pipeline writes stays far below, and deeper files are refused before any costly work.
    /// </summary>
    public int MaxXmlDepth { get; init; } = 256;

    /// <summary>The largest input file read whole (a document's text, a TEI file to check or annotate).</summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The longest attribute value read from XML input; a URL is a few kilobytes at most.</summary>
    public int MaxAttributeLength { get; init; } = 64 * 1024;

    /// <summary>How many problems of one kind one file reports before the rest are only counted.</summary>
    public int MaxReportedErrors { get; init; } = 100;
}

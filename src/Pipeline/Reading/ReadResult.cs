using Pipeline.Model;

namespace Pipeline.Reading;

/// <summary>
/// What a reader gives back: the document, or null when the file could not be read (an error diagnostic
/// says why), and the text that stage messages quote by line (null where there is no line-based source, as
/// for a PDF).
/// </summary>
public sealed record ReadResult(Document? Document, string? SourceText)
{
    public static ReadResult Unreadable { get; } = new(null, null);
}

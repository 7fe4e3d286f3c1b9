using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Pipeline.Model;

namespace Pipeline.Ocr;

/// <summary>
/// One recognised text line, its words left to right. <see cref="StartsParagraph"/> is the engine's
/// own paragraph guess, one hint among several for reflow.
/// </summary>
public sealed record OcrLine(ImmutableArray<OcrWord> Words, PixelBox Box, double Confidence, bool StartsParagraph)
{
    /// <summary>The words joined by single spaces.</summary>
    [JsonIgnore]
    public string Text => string.Join(' ', Words.Select(w => w.Text));
}

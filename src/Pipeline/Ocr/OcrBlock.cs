using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Pipeline.Model;

namespace Pipeline.Ocr;

/// <summary>
/// A region of the page in reading order: a text block (a headline, a column's paragraph) with its
/// lines top to bottom, or a non-text zone (image, rule, noise) with no lines.
/// </summary>
public sealed record OcrBlock(PixelBox Box, ImmutableArray<OcrLine> Lines, OcrRegionKind Kind = OcrRegionKind.Text)
{
    /// <summary>The mean confidence of the block's words (0–1), 0 without words.</summary>
    [JsonIgnore]
    public double Confidence
    {
        get
        {
            var words = Lines.SelectMany(l => l.Words).ToList();
            return words.Count == 0 ? 0 : words.Average(w => w.Confidence);
        }
    }
}

using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Pipeline.Ocr;

/// <summary>
/// The recognised text of one image, blocks in reading order. Boxes are in the pixels of the image
/// as stored, whatever scaling preprocessing applied.
/// </summary>
public sealed record OcrPage(int Width, int Height, ImmutableArray<OcrBlock> Blocks, OcrPreprocessing Preprocessing)
{
    /// <summary>All lines in reading order.</summary>
    [JsonIgnore]
    public IEnumerable<OcrLine> Lines => Blocks.SelectMany(b => b.Lines);

    /// <summary>The mean word confidence (0–1), 0 when nothing was recognised.</summary>
    [JsonIgnore]
    public double MeanConfidence
    {
        get
        {
            var words = Lines.SelectMany(l => l.Words).ToList();
            return words.Count == 0 ? 0 : words.Average(w => w.Confidence);
        }
    }

    /// <summary>The text in reading order: one line per recognised line, a blank line between blocks.</summary>
    [JsonIgnore]
    public string PlainText => string.Join("\n\n", Blocks.Select(b => string.Join('\n', b.Lines.Select(l => l.Text))));
}

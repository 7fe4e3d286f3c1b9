using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Ocr;

/// <summary>A text block found by layout analysis (a headline, a column's paragraph), its lines top to bottom.</summary>
public sealed record OcrBlock(PixelBox Box, ImmutableArray<OcrLine> Lines);

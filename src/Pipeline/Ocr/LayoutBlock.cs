using Pipeline.Model;

namespace Pipeline.Ocr;

/// <summary>A block of a page's layout before recognition: where it is and what it holds.</summary>
internal readonly record struct LayoutBlock(PixelBox Box, OcrRegionKind Kind);

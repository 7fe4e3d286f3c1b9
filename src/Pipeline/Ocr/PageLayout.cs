using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Ocr;

/// <summary>
/// The layout analysis of a page: text blocks in reading order, the ruled lines that were removed
/// before recognition, and the typical text line height.
/// </summary>
internal sealed record PageLayout(ImmutableArray<PixelBox> Blocks, ImmutableArray<PixelBox> Rules, int LineHeight);

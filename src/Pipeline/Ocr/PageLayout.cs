using System.Collections.Immutable;
using Pipeline.Model;
using Pipeline.Native.Leptonica;

namespace Pipeline.Ocr;

/// <summary>
/// What preprocessing learnt of a page: its ink (binarised, rules cleared), the printed rules it
/// found (painted out before recognition) and the typical text line height.
/// </summary>
internal sealed record PageLayout(InkMask Ink, ImmutableArray<PixelBox> Rules, int LineHeight)
{
    /// <summary>The rules taller than wide: column separators.</summary>
    public IEnumerable<PixelBox> VerticalRules => Rules.Where(r => r.Bottom - r.Top > r.Right - r.Left);
}

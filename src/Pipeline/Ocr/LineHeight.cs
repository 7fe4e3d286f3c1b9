using Pipeline.Native.Leptonica;

namespace Pipeline.Ocr;

/// <summary>The typical text line height of a binarised page, for scaling and for layout evidence.</summary>
internal static class LineHeight
{
    /// <summary>Median height of the ink bands in vertical strips of the page, a fair line-height estimate.</summary>
    public static int Estimate(InkMask mask)
    {
        var heights = new List<int>();
        var strips = Math.Max(1, mask.Width / 200);
        var stripWidth = mask.Width / strips;
        for (var s = 0; s < strips; s++)
        {
            var run = 0;
            for (var y = 0; y < mask.Height; y++)
            {
                var ink = false;
                for (var x = s * stripWidth; x < (s + 1) * stripWidth && !ink; x++)
                {
                    ink = mask[x, y];
                }

                if (ink)
                {
                    run++;
                }
                else
                {
                    if (run >= 4)
                    {
                        heights.Add(run);
                    }

                    run = 0;
                }
            }
        }

        if (heights.Count == 0)
        {
            return 0;
        }

        heights.Sort();
        return heights[heights.Count / 2];
    }
}

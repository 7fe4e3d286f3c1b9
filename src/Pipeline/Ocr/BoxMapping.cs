using Pipeline.Model;

namespace Pipeline.Ocr;

/// <summary>
/// Maps boxes found on the preprocessed image back to the image as stored: undoes the enlargement,
/// then the deskew rotation (Leptonica rotates clockwise by the skew angle about the centre), and
/// takes the box around the rotated corners, clipped to the image.
/// </summary>
internal readonly record struct BoxMapping(int Width, int Height, double Scale, double SkewDegrees)
{
    public PixelBox ToStored(PixelBox box)
    {
        var radians = SkewDegrees * Math.PI / 180;
        var (sin, cos) = Math.SinCos(radians);
        var cx = Width / 2.0;
        var cy = Height / 2.0;
        double left = double.MaxValue, top = double.MaxValue, right = double.MinValue, bottom = double.MinValue;
        foreach (var (px, py) in new[] { (box.Left, box.Top), (box.Right, box.Top), (box.Left, box.Bottom), (box.Right, box.Bottom) })
        {
            var x = (px / Scale) - cx;
            var y = (py / Scale) - cy;
            var ox = cx + (x * cos) + (y * sin);
            var oy = cy - (x * sin) + (y * cos);
            left = Math.Min(left, ox);
            right = Math.Max(right, ox);
            top = Math.Min(top, oy);
            bottom = Math.Max(bottom, oy);
        }

        return new PixelBox(
            Math.Clamp((int)Math.Floor(left), 0, Width),
            Math.Clamp((int)Math.Floor(top), 0, Height),
            Math.Clamp((int)Math.Ceiling(right), 0, Width),
            Math.Clamp((int)Math.Ceiling(bottom), 0, Height));
    }
}

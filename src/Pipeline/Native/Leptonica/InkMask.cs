namespace Pipeline.Native.Leptonica;

/// <summary>A binarised image in managed memory: one byte per pixel, 1 where there is ink.</summary>
internal sealed class InkMask
{
    private readonly byte[] _ink;

    public InkMask(int width, int height, byte[] ink)
    {
        ArgumentNullException.ThrowIfNull(ink);
        if (ink.Length != width * height)
        {
            throw new ArgumentException("The mask size does not match its dimensions.", nameof(ink));
        }

        Width = width;
        Height = height;
        _ink = ink;
    }

    public int Width { get; }

    public int Height { get; }

    public bool this[int x, int y] => _ink[(y * Width) + x] != 0;

    /// <summary>Clears a rectangle (right/bottom exclusive), clipped to the image.</summary>
    public void Clear(int left, int top, int right, int bottom)
    {
        left = Math.Max(0, left);
        top = Math.Max(0, top);
        right = Math.Min(Width, right);
        bottom = Math.Min(Height, bottom);
        for (var y = top; y < bottom; y++)
        {
            Array.Clear(_ink, (y * Width) + left, Math.Max(0, right - left));
        }
    }

    /// <summary>True when no pixel of row <paramref name="y"/> between left and right (exclusive) is ink.</summary>
    public bool RowIsEmpty(int y, int left, int right) => Array.IndexOf(_ink, (byte)1, (y * Width) + left, Math.Max(0, right - left)) < 0;

    /// <summary>True when no pixel of column <paramref name="x"/> between top and bottom (exclusive) is ink.</summary>
    public bool ColumnIsEmpty(int x, int top, int bottom)
    {
        for (var y = top; y < bottom; y++)
        {
            if (_ink[(y * Width) + x] != 0)
            {
                return false;
            }
        }

        return true;
    }
}

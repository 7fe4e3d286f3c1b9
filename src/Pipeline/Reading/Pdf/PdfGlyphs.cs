using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Util;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// A page's glyphs as its content stream draws them (<see cref="PdfGlyphProcessor"/>): horizontal
/// text only, ligatures expanded, faces and links read. Each glyph is made once, straight from what
/// the stream placed: PdfPig's own <see cref="Letter"/> objects (two rectangles, colours, widths
/// each) were most of what reading a page allocated.
/// </summary>
internal sealed class PdfGlyphs
{
    private readonly List<(PdfRectangle Bounds, string Uri)> _links;
    private readonly Dictionary<string, FontFace> _faces = new(StringComparer.Ordinal);
    private const double Tolerance = 0.0001;
    private Drawn? _pending;
    private FontDetails? _lastFont;
    private string _lastName = string.Empty;
    private FontFace _lastFace;

    public PdfGlyphs(List<(PdfRectangle Bounds, string Uri)> links, int capacity)
    {
        _links = links;
        Glyphs = new List<PdfGlyph>(capacity);
    }

    public List<PdfGlyph> Glyphs { get; }

    /// <summary>
    /// A glyph the stream draws. It is kept back until the next one, because a combining accent
    /// drawn after it in the same text run joins it, as PdfPig joins them.
    /// </summary>
    public void Add(string value, PdfPoint start, PdfPoint end, PdfRectangle box, double pointSize, FontDetails? font, int textSequence, bool combining)
    {
        if (combining && _pending is { } previous && previous.TextSequence == textSequence
            && Diacritics.TryCombineDiacriticWithPreviousLetter(value, previous.Value, out var joined))
        {
            _pending = previous with { Value = joined };
            return;
        }

        Flush();
        _pending = new Drawn(value, start, end, box, pointSize, font, textSequence);
    }

    /// <summary>Makes the glyph kept back; called once more after the page's last.</summary>
    public void Flush()
    {
        if (_pending is not { } letter)
        {
            return;
        }

        _pending = null;
        if (letter.Value.Length == 0 || Orientation(letter.Start, letter.End, letter.Box) != TextOrientation.Horizontal)
        {
            return;
        }

        // Runs of glyphs share a font: its name and face are looked up again only when the font changes.
        if (letter.Font is null || !ReferenceEquals(letter.Font, _lastFont))
        {
            _lastName = letter.Font?.Name ?? string.Empty;
            if (!_faces.TryGetValue(_lastName, out _lastFace))
            {
                _lastFace = FontFaces.Of(_lastName, letter.Font?.IsBold == true, letter.Font?.IsItalic == true);
                _faces[_lastName] = _lastFace;
            }

            _lastFont = letter.Font;
        }

        var (fontName, face) = (_lastName, _lastFace);

        var left = letter.Start.X;
        var right = Math.Max(letter.End.X, left + 0.01);
        var baseline = letter.Start.Y;
        string? link = null;
        foreach (var (bounds, uri) in _links)
        {
            var x = (left + right) / 2;
            var y = baseline + (letter.PointSize * 0.3);
            if (x >= bounds.Left && x <= bounds.Right && y >= bounds.Bottom && y <= bounds.Top)
            {
                link = uri;
                break;
            }
        }

        var size = letter.PointSize > 0 ? letter.PointSize : letter.Box.Height;
        Glyphs.Add(new PdfGlyph(Ligatures.Expand(letter.Value), left, right, baseline, Math.Round(size, 2), face, false, link) { Font = fontName });
    }

    /// <summary>
    /// Whether a glyph's own box decides anything: its direction when its advance has no length, its
    /// size when the font gives none. Otherwise the box need not be placed on the page at all.
    /// </summary>
    public static bool NeedsBox(PdfPoint start, PdfPoint end, double pointSize) =>
        !(pointSize > 0) || (Math.Abs(start.Y - end.Y) < Tolerance && Math.Abs(start.X - end.X) < Tolerance);

    /// <summary>The text's direction from the baseline's ends, as PdfPig decides <see cref="Letter.TextOrientation"/>.</summary>
    private static TextOrientation Orientation(PdfPoint start, PdfPoint end, PdfRectangle box)
    {
        var flatY = Math.Abs(start.Y - end.Y) < Tolerance;
        var flatX = Math.Abs(start.X - end.X) < Tolerance;
        if (flatY)
        {
            return flatX ? FromRotation(box.Rotation) : start.X > end.X ? TextOrientation.Rotate180 : TextOrientation.Horizontal;
        }

        return flatX ? (start.Y > end.Y ? TextOrientation.Rotate90 : TextOrientation.Rotate270) : TextOrientation.Other;
    }

    private static TextOrientation FromRotation(double rotation)
    {
        if (Math.Abs(rotation % 90.0) >= Tolerance)
        {
            return TextOrientation.Other;
        }

        return (int)Math.Round(rotation, MidpointRounding.AwayFromZero) switch
        {
            0 => TextOrientation.Horizontal,
            -90 => TextOrientation.Rotate90,
            -180 or 180 => TextOrientation.Rotate180,
            90 => TextOrientation.Rotate270,
            _ => TextOrientation.Other,
        };
    }

    private readonly record struct Drawn(string Value, PdfPoint Start, PdfPoint End, PdfRectangle Box, double PointSize, FontDetails? Font, int TextSequence);
}

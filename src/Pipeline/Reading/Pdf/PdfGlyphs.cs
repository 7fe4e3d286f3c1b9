using UglyToad.PdfPig.Content;

namespace Pipeline.Reading.Pdf;

/// <summary>The glyphs of a PdfPig page: horizontal text only, ligatures expanded, faces and links read.</summary>
internal static class PdfGlyphs
{
    public static List<PdfGlyph> Of(Page page)
    {
        var links = page.GetHyperlinks()
            .Where(h => !string.IsNullOrEmpty(h.Uri))
            .Select(h => (h.Bounds, Uri: h.Uri!))
            .ToList();
        var faces = new Dictionary<string, FontFace>(StringComparer.Ordinal);
        var glyphs = new List<PdfGlyph>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal || letter.Value.Length == 0)
            {
                continue;
            }

            var fontName = letter.FontName ?? string.Empty;
            if (!faces.TryGetValue(fontName, out var face))
            {
                face = FontFaces.Of(fontName, letter.FontDetails?.IsBold == true, letter.FontDetails?.IsItalic == true);
                faces[fontName] = face;
            }

            var left = letter.StartBaseLine.X;
            var right = Math.Max(letter.EndBaseLine.X, left + 0.01);
            var baseline = letter.StartBaseLine.Y;
            string? link = null;
            foreach (var (bounds, uri) in links)
            {
                var x = (left + right) / 2;
                var y = baseline + (letter.PointSize * 0.3);
                if (x >= bounds.Left && x <= bounds.Right && y >= bounds.Bottom && y <= bounds.Top)
                {
                    link = uri;
                    break;
                }
            }

            var size = letter.PointSize > 0 ? letter.PointSize : letter.BoundingBox.Height;
            glyphs.Add(new PdfGlyph(Ligatures.Expand(letter.Value), left, right, baseline, Math.Round(size, 2), face, false, link) { Font = fontName });
        }

        return glyphs;
    }
}

namespace Pipeline.Reading.Pdf;

/// <summary>
/// Reads italic and bold from a font's name ("ABCDEF+Times-BoldItalic", "NimbusRomNo9L-ReguItal",
/// "AGaramondPro-Semibold"): the subset prefix is dropped and the style words are looked for in the rest.
/// </summary>
internal static class FontFaces
{
    private static readonly string[] ItalicWords = ["italic", "ital", "oblique", "-it", "slanted"];
    private static readonly string[] BoldWords = ["bold", "black", "heavy", "semibold", "demi", "-medi", "-md", "-bd"];

    public static FontFace Of(string? fontName, bool declaredBold, bool declaredItalic)
    {
        var name = fontName ?? string.Empty;
        var plus = name.IndexOf('+', StringComparison.Ordinal);
        if (plus >= 0)
        {
            name = name[(plus + 1)..];
        }

        var lower = name.ToLowerInvariant();
        var face = FontFace.Regular;
        if (declaredItalic || ItalicWords.Any(w => EndsWordAt(lower, w)))
        {
            face |= FontFace.Italic;
        }

        if (declaredBold || BoldWords.Any(w => lower.Contains(w, StringComparison.Ordinal)))
        {
            face |= FontFace.Bold;
        }

        return face;
    }

    /// <summary>"-it" must end the name or be followed by a non-letter, so "-Italic" and "-It" match but "-Title" does not.</summary>
    private static bool EndsWordAt(string name, string word)
    {
        if (word[0] != '-')
        {
            return name.Contains(word, StringComparison.Ordinal);
        }

        var at = name.IndexOf(word, StringComparison.Ordinal);
        while (at >= 0)
        {
            var end = at + word.Length;
            if (end == name.Length || !char.IsLetter(name[end]) || name.AsSpan(end).StartsWith("alic", StringComparison.Ordinal))
            {
                return true;
            }

            at = name.IndexOf(word, at + 1, StringComparison.Ordinal);
        }

        return false;
    }
}

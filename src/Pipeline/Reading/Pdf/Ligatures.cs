using System.Text;

namespace Pipeline.Reading.Pdf;

/// <summary>Expands the Latin ligature characters U+FB00–FB06 that some fonts map their ligature glyphs to.</summary>
internal static class Ligatures
{
    public static string Expand(string value)
    {
        // Asked of every glyph: a span search, not an enumerator over the string each time.
        if (value.AsSpan().IndexOfAnyInRange('\uFB00', '\uFB06') < 0)
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 2);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '\uFB00' => "ff",
                '\uFB01' => "fi",
                '\uFB02' => "fl",
                '\uFB03' => "ffi",
                '\uFB04' => "ffl",
                '\uFB05' or '\uFB06' => "st",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}

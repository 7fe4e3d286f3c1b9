using System.Text;
using Pipeline.Diagnostics;

namespace Pipeline.Conversion;

/// <summary>
/// Decodes a document's bytes, refusing what is not text: empty or blank files, binary content
/// (NUL bytes) and invalid UTF-8, each with the line where it is found.
/// </summary>
internal static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the text without BOM, or null after reporting why there is none.</summary>
    public static string? Decode(byte[] bytes, string fileName, DiagnosticBag diagnostics)
    {
        if (bytes.Length == 0)
        {
            diagnostics.Error(ConversionCodes.EmptyInput, 0, $"{fileName} is empty.");
            return null;
        }

        if (Utf16Name(bytes) is { } utf16)
        {
            diagnostics.Error(ConversionCodes.Utf16Input, 1, $"{fileName} is {utf16}, not UTF-8: convert it to UTF-8 (for example: iconv -f UTF-16 -t UTF-8).");
            return null;
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(ConversionCodes.BinaryInput, LineAt(bytes, nul),
                $"{fileName} is binary, not text: NUL byte at byte offset {nul}.");
            return null;
        }

        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        string text;
        try
        {
            text = Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(0, e.Index);
            var line = LineAt(bytes, offset);
            diagnostics.Error(ConversionCodes.InvalidUtf8, line,
                $"{fileName} is not valid UTF-8: byte 0x{bytes[offset]:X2} at byte offset {offset} (line {line}, byte {offset - LineStart(bytes, offset) + 1} of the line).");
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(ConversionCodes.EmptyInput, 0, $"{fileName} holds only whitespace.");
            return null;
        }

        return text;
    }

    /// <summary>
    /// "UTF-16LE" or "UTF-16BE" when the bytes start with that byte-order mark, or have no mark but a NUL
    /// in every other byte of their opening (ASCII text in UTF-16), else null: such text is no binary file.
    /// </summary>
    private static string? Utf16Name(byte[] bytes)
    {
        if (bytes is [0xFF, 0xFE, ..] && bytes is not [0xFF, 0xFE, 0, 0, ..])
        {
            return "UTF-16LE";
        }

        if (bytes is [0xFE, 0xFF, ..])
        {
            return "UTF-16BE";
        }

        var sample = Math.Min(bytes.Length & ~1, 512);
        if (sample < 8)
        {
            return null;
        }

        var evenNul = 0;
        var oddNul = 0;
        for (var i = 0; i < sample; i += 2)
        {
            evenNul += bytes[i] == 0 ? 1 : 0;
            oddNul += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample / 2;
        return oddNul * 10 >= pairs * 9 && evenNul == 0 ? "UTF-16LE"
            : evenNul * 10 >= pairs * 9 && oddNul == 0 ? "UTF-16BE"
            : null;
    }

    private static int LineAt(byte[] bytes, int offset) => bytes.AsSpan(0, offset).Count((byte)'\n') + 1;

    private static int LineStart(byte[] bytes, int offset) => bytes.AsSpan(0, offset).LastIndexOf((byte)'\n') + 1;
}

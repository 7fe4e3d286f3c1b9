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

    private static int LineAt(byte[] bytes, int offset) => bytes.AsSpan(0, offset).Count((byte)'\n') + 1;

    private static int LineStart(byte[] bytes, int offset) => bytes.AsSpan(0, offset).LastIndexOf((byte)'\n') + 1;
}

using System.IO.Compression;
using Pipeline.Diagnostics;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// Extracts a page's images as files a figure can point at: a JPEG stream as it is stored, anything
/// else as PNG. Images smaller than a thumbnail (rules, bullets, logos) are left out.
/// </summary>
internal static class PdfImages
{
    /// <summary>Images narrower or lower than this (points) are decoration, not figures.</summary>
    private const double MinimumSide = 72;

    public static List<(PdfImageBox Box, byte[] Bytes)> Of(PdfPageContent page, DiagnosticBag diagnostics)
    {
        var result = new List<(PdfImageBox, byte[])>();
        var index = 0;
        foreach (var image in page.GetImages())
        {
            var bounds = image.BoundingBox;
            if (bounds.Width < MinimumSide || bounds.Height < MinimumSide)
            {
                continue;
            }

            index++;
            byte[]? bytes;
            string extension;
            if (IsJpeg(image))
            {
                bytes = image.RawMemory.ToArray();
                extension = ".jpg";
            }
            else if (InflatedJpeg(image) is { } jpeg)
            {
                bytes = jpeg;
                extension = ".jpg";
            }
            else if (image.TryGetPng(out var png))
            {
                bytes = png;
                extension = ".png";
            }
            else
            {
                diagnostics.Warning(PdfReadingCodes.ImageSkipped, 0, $"image {index} on page {page.Number} is in a form that cannot be extracted; no figure made");
                continue;
            }

            var name = $"page-{page.Number}-image-{index}{extension}";
            result.Add((new PdfImageBox(bounds.Left, bounds.Bottom, bounds.Right, bounds.Top, name), bytes));
        }

        return result;
    }

    /// <summary>
    /// A JPEG stored compressed once more (filters [/FlateDecode /DCTDecode], as Apache FOP writes
    /// them): inflated, it is the JPEG file; null for any other form or when it does not inflate to one.
    /// </summary>
    private static byte[]? InflatedJpeg(IPdfImage image)
    {
        if (!image.ImageDictionary.TryGet(NameToken.Filter, out var filter) || image.ImageDictionary.ContainsKey(NameToken.DecodeParms)
            || filter is not ArrayToken { Data: [NameToken { Data: "FlateDecode" }, NameToken { Data: "DCTDecode" }] })
        {
            return null;
        }

        try
        {
            using var input = new MemoryStream(image.RawMemory.ToArray());
            using var inflater = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            inflater.CopyTo(output);
            var bytes = output.ToArray();
            return bytes is [0xFF, 0xD8, ..] ? bytes : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool IsJpeg(IPdfImage image)
    {
        if (!image.ImageDictionary.TryGet(NameToken.Filter, out var filter))
        {
            return false;
        }

        return filter switch
        {
            NameToken name => name.Data == "DCTDecode",
            ArrayToken array => array.Data.Count == 1 && array.Data[0] is NameToken only && only.Data == "DCTDecode",
            _ => false,
        };
    }
}

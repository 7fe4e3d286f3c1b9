using System.Globalization;
using System.IO.Compression;
using System.Text;
using Pipeline.Model;
using Pipeline.Tests.Support;
using static Pipeline.Tests.Reading.Pdf.PdfReading;

namespace Pipeline.Tests.Reading.Pdf;

/// <summary>Image streams in the forms PDF writers store them, extracted as files a figure points at.</summary>
public sealed class PdfImageFormsTests
{
    /// <summary>
    /// A one-page PDF, written by hand, holding the seed's appendix-2 scan as a JPEG compressed once
    /// more with Flate (/Filter [/FlateDecode /DCTDecode], as Apache FOP stores photographs), and a line of text.
    /// </summary>
    private static byte[] FlateCompressedJpegPdf(byte[] jpeg)
    {
        using var deflated = new MemoryStream();
        using (var zlib = new ZLibStream(deflated, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(jpeg);
        }

        const string Content = "q 200 0 0 415 72 300 cm /Im1 Do Q BT /F1 12 Tf 72 270 Td (Figure 1: a clipping.) Tj ET";
        byte[] image =
        [
            .. Encoding.ASCII.GetBytes($"<< /Type /XObject /Subtype /Image /Width 849 /Height 1763 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter [/FlateDecode /DCTDecode] /Length {deflated.Length} >>\nstream\n"),
            .. deflated.ToArray(),
            .. Encoding.ASCII.GetBytes("\nendstream"),
        ];
        List<byte[]> objects =
        [
            Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Encoding.ASCII.GetBytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Encoding.ASCII.GetBytes("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> /Font << /F1 6 0 R >> >> /Contents 4 0 R >>"),
            Encoding.ASCII.GetBytes($"<< /Length {Content.Length} >>\nstream\n{Content}\nendstream"),
            image,
            Encoding.ASCII.GetBytes("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
        ];
        using var pdf = new MemoryStream();
        void Write(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            Write(string.Create(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            Write("\nendobj\n");
        }

        var xref = pdf.Position;
        Write(string.Create(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            Write(string.Create(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n"));
        }

        Write(string.Create(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }

    [Fact]
    public async Task Read_JpegCompressedAgainWithFlate_IsExtractedAsTheJpegItself()
    {
        var jpeg = await File.ReadAllBytesAsync(Path.Combine(SeedFiles.SeedDirectory, "appendix-2.jpg"));

        var (document, diagnostics) = await ReadAsync(FlateCompressedJpegPdf(jpeg));

        Assert.NotNull(document);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items));
        var figure = Assert.Single(document.Blocks.OfType<Figure>());
        Assert.Equal(jpeg, await File.ReadAllBytesAsync(Path.Combine(document.SourceDirectory, figure.ImagePath)));
    }
}

using System.Globalization;
using System.Xml;
using Pipeline.Model;

namespace Pipeline.Ocr;

/// <summary>Writes a recognised page as ALTO v4 (pixel measurement units, word confidence in WC).</summary>
public static class AltoWriter
{
    private const string Alto = "http://www.loc.gov/standards/alto/ns-v4#";

    public static async Task WriteAsync(XmlWriter writer, OcrPage page, string imageName, string engineName)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(page);
        await writer.WriteStartDocumentAsync().ConfigureAwait(false);
        writer.WriteStartElement("alto", Alto);
        writer.WriteStartElement("Description", Alto);
        writer.WriteElementString("MeasurementUnit", Alto, "pixel");
        writer.WriteStartElement("sourceImageInformation", Alto);
        writer.WriteElementString("fileName", Alto, imageName);
        writer.WriteEndElement();
        writer.WriteStartElement("OCRProcessing", Alto);
        writer.WriteAttributeString("ID", "OCR_0");
        writer.WriteStartElement("ocrProcessingStep", Alto);
        writer.WriteStartElement("processingSoftware", Alto);
        writer.WriteElementString("softwareName", Alto, engineName);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();

        writer.WriteStartElement("Layout", Alto);
        writer.WriteStartElement("Page", Alto);
        writer.WriteAttributeString("ID", "page_1");
        writer.WriteAttributeString("PHYSICAL_IMG_NR", "1");
        writer.WriteAttributeString("WIDTH", Number(page.Width));
        writer.WriteAttributeString("HEIGHT", Number(page.Height));
        writer.WriteStartElement("PrintSpace", Alto);
        Position(writer, new PixelBox(0, 0, page.Width, page.Height));
        var lineNumber = 0;
        var wordNumber = 0;
        for (var b = 0; b < page.Blocks.Length; b++)
        {
            var block = page.Blocks[b];
            writer.WriteStartElement(ElementOf(block.Kind), Alto);
            writer.WriteAttributeString("ID", $"block_{b + 1}");
            Position(writer, block.Box);
            foreach (var line in block.Lines)
            {
                writer.WriteStartElement("TextLine", Alto);
                writer.WriteAttributeString("ID", $"line_{++lineNumber}");
                Position(writer, line.Box);
                for (var w = 0; w < line.Words.Length; w++)
                {
                    if (w > 0)
                    {
                        writer.WriteStartElement("SP", Alto);
                        writer.WriteEndElement();
                    }

                    var word = line.Words[w];
                    writer.WriteStartElement("String", Alto);
                    writer.WriteAttributeString("ID", $"string_{++wordNumber}");
                    Position(writer, word.Box);
                    writer.WriteAttributeString("WC", word.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
                    writer.WriteAttributeString("CONTENT", word.Text);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        await writer.WriteEndDocumentAsync().ConfigureAwait(false);
        await writer.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Images are ALTO illustrations, rules and specks graphical elements, the rest text blocks.</summary>
    private static string ElementOf(OcrRegionKind kind) => kind switch
    {
        OcrRegionKind.Image => "Illustration",
        OcrRegionKind.Rule or OcrRegionKind.Noise => "GraphicalElement",
        _ => "TextBlock",
    };

    private static void Position(XmlWriter writer, PixelBox box)
    {
        writer.WriteAttributeString("HPOS", Number(box.Left));
        writer.WriteAttributeString("VPOS", Number(box.Top));
        writer.WriteAttributeString("WIDTH", Number(box.Right - box.Left));
        writer.WriteAttributeString("HEIGHT", Number(box.Bottom - box.Top));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

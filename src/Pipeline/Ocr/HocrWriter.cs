using System.Globalization;
using System.Xml;
using Pipeline.Model;

namespace Pipeline.Ocr;

/// <summary>Writes a recognised page as hOCR 1.2 (XHTML with ocr_page / ocr_carea / ocr_line / ocrx_word).</summary>
public static class HocrWriter
{
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static async Task WriteAsync(XmlWriter writer, OcrPage page, string imageName, string engineName)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(page);
        await writer.WriteStartDocumentAsync().ConfigureAwait(false);
        writer.WriteStartElement("html", Xhtml);
        writer.WriteAttributeString("xml", "lang", null, "en");
        writer.WriteStartElement("head", Xhtml);
        writer.WriteElementString("title", Xhtml, imageName);
        Meta(writer, "ocr-system", engineName);
        Meta(writer, "ocr-capabilities", "ocr_page ocr_carea ocr_photo ocr_separator ocr_noise ocr_line ocrx_word ocrp_wconf");
        writer.WriteEndElement();
        writer.WriteStartElement("body", Xhtml);
        writer.WriteStartElement("div", Xhtml);
        writer.WriteAttributeString("class", "ocr_page");
        writer.WriteAttributeString("id", "page_1");
        writer.WriteAttributeString("title", $"image \"{imageName}\"; {Bbox(new PixelBox(0, 0, page.Width, page.Height))}; ppageno 0");
        var lineNumber = 0;
        var wordNumber = 0;
        for (var b = 0; b < page.Blocks.Length; b++)
        {
            var block = page.Blocks[b];
            writer.WriteStartElement("div", Xhtml);
            writer.WriteAttributeString("class", ClassOf(block.Kind));
            writer.WriteAttributeString("id", $"block_1_{b + 1}");
            writer.WriteAttributeString("title", Bbox(block.Box));
            foreach (var line in block.Lines)
            {
                writer.WriteStartElement("span", Xhtml);
                writer.WriteAttributeString("class", "ocr_line");
                writer.WriteAttributeString("id", $"line_1_{++lineNumber}");
                writer.WriteAttributeString("title", Bbox(line.Box));
                foreach (var word in line.Words)
                {
                    writer.WriteStartElement("span", Xhtml);
                    writer.WriteAttributeString("class", "ocrx_word");
                    writer.WriteAttributeString("id", $"word_1_{++wordNumber}");
                    writer.WriteAttributeString("title", $"{Bbox(word.Box)}; x_wconf {Math.Round(word.Confidence * 100).ToString(CultureInfo.InvariantCulture)}");
                    writer.WriteString(word.Text);
                    writer.WriteEndElement();
                    writer.WriteString(" ");
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
        await writer.WriteEndDocumentAsync().ConfigureAwait(false);
        await writer.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Text blocks are content areas; the other kinds have hOCR classes of their own.</summary>
    private static string ClassOf(OcrRegionKind kind) => kind switch
    {
        OcrRegionKind.Image => "ocr_photo",
        OcrRegionKind.Rule => "ocr_separator",
        OcrRegionKind.Noise => "ocr_noise",
        _ => "ocr_carea",
    };

    private static void Meta(XmlWriter writer, string name, string content)
    {
        writer.WriteStartElement("meta", Xhtml);
        writer.WriteAttributeString("name", name);
        writer.WriteAttributeString("content", content);
        writer.WriteEndElement();
    }

    private static string Bbox(PixelBox box) =>
        string.Create(CultureInfo.InvariantCulture, $"bbox {box.Left} {box.Top} {box.Right} {box.Bottom}");
}

using System.Text;
using System.Xml;
using Pipeline.IO;
using Pipeline.Model;
using Pipeline.Validation;

namespace Pipeline.Writing.Tei;

/// <summary>
/// Writes a document as TEI P5. The same document and options always give the same bytes:
/// UTF-8 without BOM, LF line ends, two-space indentation outside mixed content.
/// </summary>
public static class TeiWriter
{
    /// <summary>
    /// Writes <paramref name="document"/> as a TEI file to <paramref name="output"/>, checking it against
    /// the schema on the way when <paramref name="check"/> is given (the bytes are the same either way).
    /// </summary>
    public static void Write(Document document, Stream output, TeiWriterOptions options, TeiSchemaCheck? check = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);

        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = false,
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CloseOutput = false,
        };

        using var raw = XmlWriter.Create(output, settings);
        using var writer = check?.Wrap(raw) ?? raw;
        var xml = new TeiXml(writer);
        var urls = new ImageUrls(options.ImageBaseUrl);
        var inlines = new InlineWriter(xml);
        var blocks = new BlockWriter(xml, inlines, new FigureWriter(xml, inlines, urls));

        writer.WriteStartDocument();
        xml.OpenBlock("TEI");
        if (document.Metadata.Language is { } language)
        {
            xml.XmlLang(language.Tag);
        }

        new HeaderWriter(xml, inlines, options).Write(document, WriterNotes.For(document));
        new FacsimileWriter(xml).Write(document);
        blocks.WriteText(document, new FrontWriter(xml, inlines));
        xml.CloseBlock();
        writer.WriteWhitespace("\n");
        writer.WriteEndDocument();
    }

    /// <summary>Writes <paramref name="document"/> as TEI and returns the bytes.</summary>
    public static byte[] ToBytes(Document document, TeiWriterOptions options, TeiSchemaCheck? check = null)
    {
        using var stream = new PooledBufferStream();
        Write(document, stream, options, check);
        return stream.ToArray();
    }
}

using System.Xml;
using System.Xml.Linq;
using Pipeline.Writing.Tei;

namespace Pipeline.Writing.Html;

/// <summary>Loads TEI for rendering, with DTD processing prohibited and no resolver, like every XML read here.</summary>
public static class TeiDocument
{
    public static readonly XNamespace Ns = TeiNames.Namespace;

    /// <summary>Parses <paramref name="bytes"/>; throws <see cref="XmlException"/> when they are not well-formed XML.</summary>
    public static XDocument Load(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        using var stream = new MemoryStream(bytes, writable: false);
        return Load(stream);
    }

    public static XDocument Load(Stream stream)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(stream, settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    /// <summary>The value of <c>xml:id</c>, or null.</summary>
    public static string? XmlId(XElement element) => (string?)element.Attribute(XNamespace.Xml + "id");
}

using System.Xml;

namespace Pipeline.Tests.BadInput;

/// <summary>Parses bytes back as XML 1.0 (no DTD, every character checked) and fails the test if they are not well-formed.</summary>
internal static class WellFormedXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        CheckCharacters = true,
        XmlResolver = null,
    };

    public static void AssertParses(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        AssertParses(stream);
    }

    public static void AssertParsesFile(string path)
    {
        using var stream = File.OpenRead(path);
        AssertParses(stream);
    }

    public static void AssertParses(Stream stream)
    {
        using var reader = XmlReader.Create(stream, Settings);
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            Assert.Fail("The TEI is not well-formed XML: " + e.Message);
        }
    }

    /// <summary>
    /// Every text node of the XML in document order, or only those inside the first element named
    /// <paramref name="within"/> (e.g. TEI's <c>text</c>, leaving out the header) when given.
    /// </summary>
    public static string Text(byte[] bytes, string? within = null)
    {
        using var stream = new MemoryStream(bytes);
        using var reader = XmlReader.Create(stream, Settings);
        var text = new System.Text.StringBuilder();
        var depth = within is null ? 0 : -1;
        while (reader.Read())
        {
            if (depth < 0 && reader.NodeType == XmlNodeType.Element && reader.LocalName == within && !reader.IsEmptyElement)
            {
                depth = reader.Depth;
            }
            else if (depth > 0 && reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth && reader.LocalName == within)
            {
                break;
            }
            else if (depth >= 0 && reader.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA)
            {
                text.Append(reader.Value);
            }
        }

        return text.ToString();
    }
}

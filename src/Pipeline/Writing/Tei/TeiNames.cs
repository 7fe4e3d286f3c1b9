namespace Pipeline.Writing.Tei;

/// <summary>The namespaces the writer and validator share.</summary>
internal static class TeiNames
{
    public const string Namespace = "http://www.tei-c.org/ns/1.0";

    public const string XmlPrefix = "xml";
}

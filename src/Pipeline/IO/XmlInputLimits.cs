using System.Xml;

namespace Pipeline.IO;

/// <summary>
/// The bounds of <see cref="InputLimits"/> applied to XML read from outside (TEI to validate, check or
/// annotate): element depth and attribute length, checked node by node while reading, so a hostile
/// file is stopped at the first node past a bound instead of after minutes and gigabytes.
/// </summary>
public static class XmlInputLimits
{
    /// <summary>Reader settings for outside XML: no DTD, no resolver, at most <see cref="InputLimits.MaxInputBytes"/> characters.</summary>
    public static XmlReaderSettings Settings(InputLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = limits.MaxInputBytes,
        };
    }

    /// <summary>
    /// Why the node <paramref name="reader"/> stands on lies beyond <paramref name="limits"/>, or null. The
    /// reader is left on the node.
    /// </summary>
    public static string? Exceeded(XmlReader reader, InputLimits limits)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(limits);
        if (reader.Depth > limits.MaxXmlDepth)
        {
            return $"elements nest deeper than {limits.MaxXmlDepth} levels";
        }

        if (reader.NodeType != XmlNodeType.Element || !reader.HasAttributes)
        {
            return null;
        }

        string? problem = null;
        while (problem is null && reader.MoveToNextAttribute())
        {
            if (reader.Value.Length > limits.MaxAttributeLength)
            {
                problem = $"attribute '{reader.Name}' is {reader.Value.Length:N0} characters long, more than {limits.MaxAttributeLength:N0}";
            }
        }

        reader.MoveToElement();
        return problem;
    }
}

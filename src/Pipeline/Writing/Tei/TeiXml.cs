using System.Globalization;
using System.Text;
using System.Xml;

namespace Pipeline.Writing.Tei;

/// <summary>
/// A thin layer over <see cref="XmlWriter"/> that indents element-only content by hand and never
/// adds whitespace inside mixed content, where it would change the text.
/// </summary>
internal sealed class TeiXml
{
    // A newline and the indentation of each depth a TEI file commonly reaches, built once.
    private static readonly string[] Indents = [.. Enumerable.Range(0, 16).Select(depth => "\n" + new string(' ', 2 * depth))];

    private readonly XmlWriter _writer;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private int _depth;
    private int _mixedDepth;

    public TeiXml(XmlWriter writer) => _writer = writer;

    /// <summary>Opens an element whose children are elements only; they go on their own indented lines.</summary>
    public void OpenBlock(string name)
    {
        NewLine();
        _writer.WriteStartElement(name, TeiNames.Namespace);
        _depth++;
    }

    /// <summary>Closes an element opened with <see cref="OpenBlock"/>.</summary>
    public void CloseBlock()
    {
        _depth--;
        NewLine();
        _writer.WriteEndElement();
    }

    /// <summary>Opens an element holding text; nothing inside it is indented.</summary>
    public void OpenMixed(string name)
    {
        NewLine();
        _writer.WriteStartElement(name, TeiNames.Namespace);
        _mixedDepth++;
    }

    /// <summary>Closes an element opened with <see cref="OpenMixed"/>.</summary>
    public void CloseMixed()
    {
        _mixedDepth--;
        _writer.WriteFullEndElement();
    }

    /// <summary>An element with attributes only, on its own line in element-only content.</summary>
    public void OpenEmpty(string name)
    {
        NewLine();
        _writer.WriteStartElement(name, TeiNames.Namespace);
    }

    /// <summary>Closes an element opened with <see cref="OpenEmpty"/> or <see cref="OpenInline"/>.</summary>
    public void Close() => _writer.WriteEndElement();

    /// <summary>Opens an element inside mixed content.</summary>
    public void OpenInline(string name) => _writer.WriteStartElement(name, TeiNames.Namespace);

    public void Attribute(string name, string? value) => _writer.WriteAttributeString(name, Clean(value));

    /// <summary>Writes xml:id, repaired into a valid NCName when it is not one (see <see cref="TeiIds"/>).</summary>
    /// <remarks>
    /// An id the document already used gets a numbered suffix: the schema requires unique ids, and
    /// pointers keep reaching the first holder of the name.
    /// </remarks>
    /// <summary>The <c>xml:lang</c> attribute.</summary>
    public void XmlLang(string tag) => _writer.WriteAttributeString("xml", "lang", "http://www.w3.org/XML/1998/namespace", Clean(tag));

    public void XmlId(string value)
    {
        var id = TeiIds.Safe(value);
        for (var n = 2; !_ids.Add(id); n++)
        {
            id = TeiIds.Safe(value) + "-" + Integer(n);
        }

        _writer.WriteAttributeString(TeiNames.XmlPrefix, "id", null, id);
    }

    public void Text(string? value) => _writer.WriteString(Clean(value));

    /// <summary>A whole mixed-content element holding plain text.</summary>
    public void TextElement(string name, string? value)
    {
        OpenMixed(name);
        Text(value);
        CloseMixed();
    }

    /// <summary>
    /// The value as XML will carry it (illegal characters dropped, spaces collapsed), or
    /// <paramref name="fallback"/> when nothing is left, for attributes that must not be empty.
    /// </summary>
    public static string TokenOr(string? value, string fallback)
    {
        var clean = Clean(value);
        if (!HasWhiteSpace(clean))
        {
            // Nothing to collapse: most targets and labels are a single token already.
            return clean.Length == 0 ? fallback : clean;
        }

        var token = string.Join(' ', clean.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return token.Length == 0 ? fallback : token;
    }

    public static string Number(double value) =>
        Math.Clamp(value, 0, 1).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool HasWhiteSpace(string value)
    {
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    private void NewLine()
    {
        if (_mixedDepth > 0)
        {
            return;
        }

        _writer.WriteWhitespace(_depth < Indents.Length ? Indents[_depth] : "\n" + new string(' ', 2 * _depth));
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters, lone surrogates).</summary>
    private static string Clean(string? value)
    {
        if (value is null)
        {
            return "";
        }

        if (IsClean(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsClean(string value)
    {
        var i = 0;
        while (true)
        {
            // Text is almost always clean: a vectorised search skips to the next character outside
            // the range that is legal throughout; tabs, line ends, surrogate pairs and the last block are checked one by one.
            var next = value.AsSpan(i).IndexOfAnyExceptInRange(' ', '\uD7FF');
            if (next < 0)
            {
                return true;
            }

            i += next;
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i += 2;
            }
            else if (!XmlConvert.IsXmlChar(c))
            {
                return false;
            }
            else
            {
                i++;
            }
        }
    }
}

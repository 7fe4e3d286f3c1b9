using System.Text;
using System.Xml;
using System.Xml.Schema;

namespace Pipeline.Validation;

/// <summary>
/// Forwards every call to the inner writer and feeds the same infoset to an <see cref="XmlSchemaValidator"/>,
/// in the order a validating reader of the written bytes would. Whitespace-only text goes to
/// <see cref="XmlSchemaValidator.ValidateWhitespace(string)"/>, other text to <see cref="XmlSchemaValidator.ValidateText(string)"/>,
/// as the reader classifies its nodes; adjacent pieces the reader would merge give the same outcome either way.
/// </summary>
internal sealed class SchemaCheckingXmlWriter : XmlWriter
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const string TeiNamespace = "http://www.tei-c.org/ns/1.0";

    private readonly XmlWriter _inner;
    private readonly InputLimits _limits;
    private readonly Action<bool> _finished;
    private readonly NameTable _names = new();
    private readonly XmlNamespaceManager _namespaces;
    private readonly XmlSchemaValidator _validator;
    private readonly StringBuilder _attributeValue = new();

    private bool _failed;
    private bool _sawRoot;
    private bool _attributesOpen;
    private int _openElements;

    // The attribute being written: its name, or null for a namespace declaration (not validated).
    private string? _attributeLocalName;
    private string? _attributeNamespace;
    private string? _declaredPrefix;
    private bool _inAttribute;

    public SchemaCheckingXmlWriter(XmlWriter inner, XmlSchemaSet schemas, InputLimits limits, Action<bool> finished)
    {
        _inner = inner;
        _limits = limits;
        _finished = finished;
        _namespaces = new XmlNamespaceManager(_names);
        _validator = new XmlSchemaValidator(_names, schemas, _namespaces,
            XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints)
        {
            XmlResolver = null,
        };
        _validator.ValidationEventHandler += (_, _) => _failed = true;
        _validator.Initialize();
    }

    public override WriteState WriteState => _inner.WriteState;

    public override XmlWriterSettings? Settings => _inner.Settings;

    public override void WriteStartDocument() => _inner.WriteStartDocument();

    public override void WriteStartDocument(bool standalone) => _inner.WriteStartDocument(standalone);

    public override void WriteEndDocument()
    {
        _inner.WriteEndDocument();
        if (!_failed)
        {
            try
            {
                EndAttributes();
                for (; _openElements > 0; _openElements--)
                {
                    _validator.ValidateEndElement(null);
                }

                _validator.EndValidation();
            }
            catch (Exception e) when (IsRefusal(e))
            {
                _failed = true;
            }
        }

        _finished(!_failed && _sawRoot);
    }

    public override void WriteDocType(string name, string? pubid, string? sysid, string? subset)
    {
        _failed = true;
        _inner.WriteDocType(name, pubid, sysid, subset);
    }

    public override void WriteStartElement(string? prefix, string localName, string? ns)
    {
        _inner.WriteStartElement(prefix, localName, ns);
        if (_failed)
        {
            return;
        }

        try
        {
            StartElement(prefix, localName, ns);
        }
        catch (Exception e) when (IsRefusal(e))
        {
            _failed = true;
        }
    }

    public override void WriteEndElement()
    {
        _inner.WriteEndElement();
        EndElement();
    }

    public override void WriteFullEndElement()
    {
        _inner.WriteFullEndElement();
        EndElement();
    }

    public override void WriteStartAttribute(string? prefix, string localName, string? ns)
    {
        _inner.WriteStartAttribute(prefix, localName, ns);
        _inAttribute = true;
        _attributeValue.Clear();
        _declaredPrefix = null;
        _attributeLocalName = null;
        if (ns == XmlnsNamespace || prefix == "xmlns" || (string.IsNullOrEmpty(prefix) && localName == "xmlns" && ns is null))
        {
            _declaredPrefix = prefix == "xmlns" ? localName : "";
            return;
        }

        var namespaceUri = ns ?? (prefix == "xml" ? XmlNamespace : string.IsNullOrEmpty(prefix) ? "" : _namespaces.LookupNamespace(prefix));
        if (namespaceUri is null || namespaceUri == XsiNamespace)
        {
            // An unbound prefix is the inner writer's error; xsi attributes steer validation in ways this check does not follow.
            _failed = true;
            namespaceUri = "";
        }

        _attributeLocalName = localName;
        _attributeNamespace = namespaceUri;
    }

    public override void WriteEndAttribute()
    {
        _inner.WriteEndAttribute();
        _inAttribute = false;
        if (_failed)
        {
            return;
        }

        var value = _attributeValue.ToString();
        try
        {
            if (_declaredPrefix is { } declared)
            {
                _namespaces.AddNamespace(declared, value);
                return;
            }

            _failed |= value.Length > _limits.MaxAttributeLength;
            _validator.ValidateAttribute(_names.Add(_attributeLocalName!), _names.Add(_attributeNamespace!), value, null);
        }
        catch (Exception e) when (IsRefusal(e))
        {
            _failed = true;
        }
    }

    public override void WriteCData(string? text)
    {
        _inner.WriteCData(text);
        Content(text);
    }

    public override void WriteComment(string? text) => _inner.WriteComment(text);

    public override void WriteProcessingInstruction(string name, string? text) => _inner.WriteProcessingInstruction(name, text);

    public override void WriteEntityRef(string name)
    {
        _failed = true;
        _inner.WriteEntityRef(name);
    }

    public override void WriteCharEntity(char ch)
    {
        _inner.WriteCharEntity(ch);
        Content(ch.ToString());
    }

    public override void WriteWhitespace(string? ws)
    {
        _inner.WriteWhitespace(ws);
        Content(ws);
    }

    public override void WriteString(string? text)
    {
        _inner.WriteString(text);
        Content(text);
    }

    public override void WriteSurrogateCharEntity(char lowChar, char highChar)
    {
        _inner.WriteSurrogateCharEntity(lowChar, highChar);
        Content(new string([highChar, lowChar]));
    }

    public override void WriteChars(char[] buffer, int index, int count)
    {
        _inner.WriteChars(buffer, index, count);
        Content(new string(buffer, index, count));
    }

    public override void WriteRaw(char[] buffer, int index, int count)
    {
        _failed = true;
        _inner.WriteRaw(buffer, index, count);
    }

    public override void WriteRaw(string data)
    {
        _failed = true;
        _inner.WriteRaw(data);
    }

    public override void WriteBase64(byte[] buffer, int index, int count)
    {
        _failed = true;
        _inner.WriteBase64(buffer, index, count);
    }

    public override void Flush() => _inner.Flush();

    public override string? LookupPrefix(string ns) => _inner.LookupPrefix(ns);

    private void Content(string? text)
    {
        if (_inAttribute)
        {
            _attributeValue.Append(text);
            return;
        }

        if (string.IsNullOrEmpty(text) || _failed)
        {
            return;
        }

        var whitespace = IsWhitespace(text);
        if (_openElements == 0)
        {
            // Whitespace around the root is no node a validating reader checks; text there is not well-formed.
            _failed |= !whitespace;
            return;
        }

        try
        {
            EndAttributes();
            if (whitespace)
            {
                _validator.ValidateWhitespace(text);
            }
            else
            {
                _validator.ValidateText(text);
            }
        }
        catch (Exception e) when (IsRefusal(e))
        {
            _failed = true;
        }
    }

    private void StartElement(string? prefix, string localName, string? ns)
    {
        EndAttributes();
        var namespaceUri = ns ?? (string.IsNullOrEmpty(prefix) ? _namespaces.DefaultNamespace : _namespaces.LookupNamespace(prefix));
        if (namespaceUri is null)
        {
            _failed = true;
            return;
        }

        if (!_sawRoot)
        {
            _sawRoot = true;
            _failed |= localName != "TEI" || namespaceUri != TeiNamespace;
        }

        _namespaces.PushScope();
        if (namespaceUri != XmlNamespace && _inner.LookupPrefix(namespaceUri) is { } bound)
        {
            _namespaces.AddNamespace(bound, namespaceUri);
        }

        _openElements++;
        _failed |= _openElements > _limits.MaxXmlDepth;
        _validator.ValidateElement(_names.Add(localName), _names.Add(namespaceUri), null);
        _attributesOpen = true;
    }

    private void EndElement()
    {
        if (_failed)
        {
            return;
        }

        try
        {
            EndAttributes();
            _validator.ValidateEndElement(null);
            _namespaces.PopScope();
            _openElements--;
        }
        catch (Exception e) when (IsRefusal(e))
        {
            _failed = true;
        }
    }

    private void EndAttributes()
    {
        if (_attributesOpen)
        {
            _attributesOpen = false;
            _validator.ValidateEndOfAttributes(null);
        }
    }

    /// <summary>What the validator or namespace table throw for a call sequence they cannot follow: the check fails, the writing goes on.</summary>
    private static bool IsRefusal(Exception e) => e is InvalidOperationException or XmlSchemaException or XmlException or ArgumentException;

    private static bool IsWhitespace(string text) => text.AsSpan().IndexOfAnyExcept(" \t\r\n") < 0;
}

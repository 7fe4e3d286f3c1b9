using System.Collections.Immutable;
using System.Xml;
using System.Xml.Schema;
using Pipeline.Diagnostics;

namespace Pipeline.Validation;

/// <summary>
/// Validates TEI against the project's schema (<c>schemas/pipeline-tei.xsd</c>, embedded), in
/// process and offline. The schema set is compiled once per instance; <see cref="Validate"/> may be
/// called from several threads at once.
/// </summary>
public sealed class TeiValidator
{
    /// <summary>The diagnostic code of every schema or well-formedness problem.</summary>
    public const string DiagnosticCode = "tei.schema-invalid";

    private const string SchemaResource = "Pipeline.Schemas.pipeline-tei.xsd";
    private const string XmlNamespaceResource = "Pipeline.Schemas.xml.xsd";

    private const string TeiNamespace = "http://www.tei-c.org/ns/1.0";

    private readonly XmlSchemaSet _schemas;

    public TeiValidator()
    {
        var schemas = new XmlSchemaSet { XmlResolver = null };
        schemas.Add(LoadSchema(XmlNamespaceResource));
        schemas.Add(LoadSchema(SchemaResource));
        schemas.Compile();
        _schemas = schemas;
    }

    /// <summary>Validates the XML in <paramref name="xml"/>; an empty result means valid.</summary>
    public ImmutableArray<TeiValidationIssue> Validate(Stream xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var issues = ImmutableArray.CreateBuilder<TeiValidationIssue>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            Schemas = _schemas,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
        };
        settings.ValidationEventHandler += (_, e) => issues.Add(new TeiValidationIssue(
            e.Severity == XmlSeverityType.Error ? Severity.Error : Severity.Warning,
            e.Exception.LineNumber,
            e.Exception.LinePosition,
            e.Message));

        using var reader = XmlReader.Create(xml, settings);
        try
        {
            var sawRoot = false;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && !sawRoot)
                {
                    sawRoot = true;
                    CheckRoot(reader, issues);
                }
            }

            if (!sawRoot)
            {
                issues.Add(new TeiValidationIssue(Severity.Error, 1, 1, "The file holds no XML element."));
            }
        }
        catch (XmlException e)
        {
            // Some refusals (a DOCTYPE) carry no position in the exception; the reader still knows it.
            var info = (IXmlLineInfo)reader;
            var line = e.LineNumber > 0 ? e.LineNumber : info.LineNumber;
            var column = e.LineNumber > 0 ? e.LinePosition : info.LinePosition;
            issues.Add(new TeiValidationIssue(Severity.Error, line, column, e.Message));
        }

        return issues.ToImmutable();
    }

    /// <summary>Validates the file at <paramref name="path"/>.</summary>
    public async Task<ImmutableArray<TeiValidationIssue>> ValidateFileAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        using var stream = new MemoryStream(bytes, writable: false);
        return Validate(stream);
    }

    /// <summary>A root outside the TEI namespace would only draw schema warnings; it is an error here.</summary>
    private static void CheckRoot(XmlReader reader, ImmutableArray<TeiValidationIssue>.Builder issues)
    {
        if (reader.LocalName == "TEI" && reader.NamespaceURI == TeiNamespace)
        {
            return;
        }

        var info = (IXmlLineInfo)reader;
        issues.Add(new TeiValidationIssue(
            Severity.Error,
            info.LineNumber,
            info.LinePosition,
            $"The root element is '{reader.Name}' in namespace '{reader.NamespaceURI}', not TEI in {TeiNamespace}."));
    }

    private static XmlSchema LoadSchema(string resource)
    {
        using var stream = typeof(TeiValidator).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded schema {resource} is missing from the library.");
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(stream, settings);
        return XmlSchema.Read(reader, null)
            ?? throw new InvalidOperationException($"Embedded schema {resource} could not be read.");
    }
}

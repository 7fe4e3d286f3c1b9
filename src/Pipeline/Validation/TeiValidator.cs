using System.Collections.Immutable;
using System.Xml;
using System.Xml.Schema;
using Pipeline.Diagnostics;
using Pipeline.IO;

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

    /// <summary>
    /// A check of one TEI file while it is written (<see cref="TeiSchemaCheck.Wrap"/>): when it passes, the
    /// file is valid and <see cref="Validate"/> would find no issue, so the written bytes need not be parsed again.
    /// </summary>
    public TeiSchemaCheck StartCheck() => new(_schemas, InputLimits.Default);

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

        // The size of outside files is bounded where they are read (ValidateFileAsync); the pipeline's own output may be larger.
        var limits = InputLimits.Default;
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

                if (XmlInputLimits.Exceeded(reader, limits) is { } exceeded)
                {
                    // Schema validation of pathological nesting is slow and its errors endless: stop at the first node past a bound.
                    var at = (IXmlLineInfo)reader;
                    issues.Add(new TeiValidationIssue(Severity.Error, at.LineNumber, at.LinePosition, exceeded + "; validation stopped here."));
                    break;
                }

                if (issues.Count > limits.MaxReportedErrors)
                {
                    var at = (IXmlLineInfo)reader;
                    issues.Add(new TeiValidationIssue(Severity.Error, at.LineNumber, at.LinePosition,
                        $"more than {limits.MaxReportedErrors} problems; validation stopped here, the rest of the file is not checked."));
                    break;
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
            if (line == 0 && DoctypePosition(xml) is var (doctypeLine, doctypeColumn))
            {
                // The refusal of a DOCTYPE comes before the reader counts lines: find the declaration itself.
                (line, column) = (doctypeLine, doctypeColumn);
            }
            issues.Add(new TeiValidationIssue(Severity.Error, line, column, e.Message));
        }

        return issues.ToImmutable();
    }

    /// <summary>Validates the file at <paramref name="path"/>.</summary>
    public async Task<ImmutableArray<TeiValidationIssue>> ValidateFileAsync(string path, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await InputFile.ReadAllBytesAsync(null, path, InputLimits.Default.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (InputFileException e)
        {
            return [new TeiValidationIssue(Severity.Error, 1, 1, e.Message)];
        }

        using var stream = new MemoryStream(bytes, writable: false);
        return Validate(stream);
    }

    /// <summary>The 1-based line and column of the first <c>&lt;!DOCTYPE</c> in the stream's first 64 KB, when the stream can be read again.</summary>
    private static (int Line, int Column)? DoctypePosition(Stream xml)
    {
        if (!xml.CanSeek)
        {
            return null;
        }

        xml.Position = 0;
        var buffer = new byte[(int)Math.Min(xml.Length, 64 * 1024)];
        xml.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        var start = buffer.AsSpan().IndexOf("<!DOCTYPE"u8);
        if (start < 0)
        {
            return null;
        }

        var before = buffer.AsSpan(0, start);
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, System.Text.Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
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

using System.Collections.Immutable;
using System.Text;
using System.Xml;
using Pipeline.Conversion;
using Pipeline.Tests.Support;
using Pipeline.Validation;
using Pipeline.Writing;
using Pipeline.Writing.Tei;

namespace Pipeline.Tests.Conversion;

/// <summary>
/// The converter parses the TEI again only when the check made while writing did not pass: the
/// diagnostics stay those of validating the written bytes.
/// </summary>
public sealed class SchemaCheckConversionTests
{
    [Fact]
    public async Task ConvertAsync_InvalidTeiWrittenThroughTheCheck_ReportsTheValidatorsIssues()
    {
        var writer = new InvalidTeiWriter();
        using var converter = new DocumentConverter();

        var result = await converter.ConvertAsync(SeedFiles.SeedDirectory, new ConversionOptions { Writers = [writer] }, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.False(writer.Check!.Passed);
        using var stream = new MemoryStream(writer.Bytes!);
        var expected = new TeiValidator().Validate(stream).Select(i => i.ToDiagnostic(result.DocumentId).ToString()).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, result.Diagnostics.Where(d => d.Code == TeiValidator.DiagnosticCode).Select(d => d.ToString()));
    }

    [Fact]
    public async Task ConvertAsync_SeedEssay_PassesTheCheckAndMatchesAPlainWrite()
    {
        var writer = new RecordingTeiWriter();
        using var converter = new DocumentConverter();

        var result = await converter.ConvertAsync(SeedFiles.SeedDirectory, new ConversionOptions { Writers = [writer] }, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(writer.Check!.Passed);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == TeiValidator.DiagnosticCode);
        Assert.Equal(TeiWriter.ToBytes(result.Document!, writer.Options!), result.Tei);
    }

    /// <summary>The TEI writer, keeping what the converter handed it.</summary>
    private sealed class RecordingTeiWriter : IDocumentWriter
    {
        public TeiSchemaCheck? Check { get; private set; }

        public TeiWriterOptions? Options { get; private set; }

        public string Name => TeiDocumentWriter.FormatName;

        public string Extension => ".xml";

        public bool WritesTei => true;

        public byte[] Write(WriterInput input)
        {
            (Check, Options) = (input.SchemaCheck, input.TeiOptions);
            return new TeiDocumentWriter().Write(input);
        }
    }

    /// <summary>A TEI writer whose output breaks the schema: a body holding text and a duplicated id.</summary>
    private sealed class InvalidTeiWriter : IDocumentWriter
    {
        public TeiSchemaCheck? Check { get; private set; }

        public byte[]? Bytes { get; private set; }

        public string Name => TeiDocumentWriter.FormatName;

        public string Extension => ".xml";

        public bool WritesTei => true;

        public byte[] Write(WriterInput input)
        {
            Check = input.SchemaCheck;
            const string tei = "http://www.tei-c.org/ns/1.0";
            using var stream = new MemoryStream();
            using (var raw = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            using (var writer = Check!.Wrap(raw))
            {
                writer.WriteStartDocument();
                writer.WriteStartElement("TEI", tei);
                writer.WriteStartElement("text", tei);
                writer.WriteStartElement("body", tei);
                writer.WriteString("loose text");
                foreach (var id in ImmutableArray.Create("a", "a"))
                {
                    writer.WriteStartElement("p", tei);
                    writer.WriteAttributeString("xml", "id", null, id);
                    writer.WriteString("x");
                    writer.WriteEndElement();
                }

                writer.WriteEndDocument();
            }

            Bytes = stream.ToArray();
            return Bytes;
        }
    }
}

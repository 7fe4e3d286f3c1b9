using System.Text;
using System.Xml;
using Pipeline.Tests.Writing.Tei;
using Pipeline.Validation;
using Pipeline.Writing.Tei;

namespace Pipeline.Tests.Validation;

/// <summary>
/// The check made while writing may only pass where validating the written bytes finds nothing, and must
/// not change the bytes.
/// </summary>
public sealed class TeiSchemaCheckTests
{
    // The same minimal valid header the validator's own tests use.
    private const string Header = TeiValidatorTests.Header;

    private static readonly TeiValidator Validator = new();

    private static readonly TeiWriterOptions Options = new() { ApplicationVersion = "0.1.0" };

    public static TheoryData<string> Bodies =>
    [
        "<p>Hello <hi rend=\"italic\">world</hi>.</p>",
        "<p>x<note place=\"foot\" n=\"1\" xml:id=\"n1\"><p>y</p></note> <ref target=\"#n1\">1</ref></p>",
        "<p>x<note n=\"1\" xml:id=\"n1\"><p>y</p></note></p>",
        "<p>x<note place=\"foot\" n=\"1\"><p>y</p></note></p>",
        "<p>x<ref>y</ref></p>",
        "<p>x<ref target=\"#nowhere\">y</ref></p>",
        "<p>x<bibl><title level=\"x\">y</title></bibl></p>",
        "<p>x<hi rend=\"underline\">y</hi></p>",
        "<p>x<lb cert=\"1.5\"/></p>",
        "<p>x<author>y</author></p>",
        "<div type=\"section\"><head>h</head></div><p>after a div</p>",
        "<listBibl><bibl>no id</bibl></listBibl>",
        "<p xml:id=\"a\">x</p><p xml:id=\"a\">y</p>",
        "<p>x<bibl><title level=\"m\">a <bibl>nested</bibl></title></bibl></p>",
        "<p>x<unknown xmlns=\"urn:other\">y</unknown></p>",
        "<note place=\"foot\" n=\"1\" xml:id=\"n1\"><p>y</p></note>",
        "text straight in the body",
    ];

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Wrap_CopiedTei_PassesExactlyWhenValidationFindsNothing(string body)
    {
        var xml = Header + "\n  <text>\n    <body>\n      " + body + "\n    </body>\n  </text>\n</TEI>\n";
        var check = Validator.StartCheck();

        var checkedCopy = Copy(xml, check);

        Assert.Equal(Copy(xml, null), checkedCopy);
        using var stream = new MemoryStream(checkedCopy);
        Assert.Equal(Validator.Validate(stream).IsEmpty, check.Passed);
    }

    [Fact]
    public void Wrap_RootOutsideTei_DoesNotPass()
    {
        var check = Validator.StartCheck();

        Copy("<?xml version=\"1.0\"?>\n<TEI><text/></TEI>\n", check);

        Assert.False(check.Passed);
    }

    [Fact]
    public void Wrap_FileNotEnded_DoesNotPass()
    {
        var check = Validator.StartCheck();
        using var stream = new MemoryStream();
        using (var writer = check.Wrap(XmlWriter.Create(stream)))
        {
            writer.WriteStartElement("TEI", "http://www.tei-c.org/ns/1.0");
        }

        Assert.False(check.Passed);
    }

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 60)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TeiWriter_RandomDocument_SameBytesAndPassesWhenValid(int seed)
    {
        var check = Validator.StartCheck();

        var bytes = TeiWriter.ToBytes(RandomDocument.Build(seed), Options, check);

        Assert.Equal(TeiWriter.ToBytes(RandomDocument.Build(seed), Options), bytes);
        using var stream = new MemoryStream(bytes);
        Assert.Equal(Validator.Validate(stream).IsEmpty, check.Passed);
    }

    [Fact]
    public void TeiWriter_FullAndEdgeDocuments_Pass()
    {
        foreach (var document in new[] { FullDocument.Build(), EdgeDocument.Build() })
        {
            var check = Validator.StartCheck();

            var bytes = TeiWriter.ToBytes(document, Options, check);

            Assert.Equal(TeiWriter.ToBytes(document, Options), bytes);
            using var stream = new MemoryStream(bytes);
            Assert.Empty(Validator.Validate(stream));
            Assert.True(check.Passed);
        }
    }

    [Fact]
    public void Wrap_SecondFile_IsRefused()
    {
        var check = Validator.StartCheck();
        using var stream = new MemoryStream();
        using var writer = XmlWriter.Create(stream);
        using var first = check.Wrap(writer);

        Assert.Throws<InvalidOperationException>(() => check.Wrap(writer));
    }

    /// <summary>The XML rewritten node by node, through the check when one is given.</summary>
    private static byte[] Copy(string xml, TeiSchemaCheck? check)
    {
        using var output = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false };
        using (var raw = XmlWriter.Create(output, settings))
        using (var writer = check?.Wrap(raw) ?? raw)
        using (var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            writer.WriteNode(reader, defattr: false);
            writer.WriteEndDocument();
        }

        return output.ToArray();
    }
}

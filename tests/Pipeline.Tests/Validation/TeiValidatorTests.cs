using System.Text;
using Pipeline.Diagnostics;
using Pipeline.Validation;

namespace Pipeline.Tests.Validation;

public sealed class TeiValidatorTests
{
    internal const string Header = """
        <?xml version="1.0" encoding="utf-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0">
          <teiHeader>
            <fileDesc>
              <titleStmt><title>T</title></titleStmt>
              <publicationStmt><publisher>P</publisher><availability><p>A</p></availability></publicationStmt>
              <sourceDesc><bibl><title level="a">T</title></bibl></sourceDesc>
            </fileDesc>
            <encodingDesc><appInfo><application ident="pipeline" version="0.1.0"><label>Pipeline</label></application></appInfo></encodingDesc>
            <revisionDesc><change>Converted from <idno type="filename">document.md</idno>.</change></revisionDesc>
          </teiHeader>
        """;

    private static readonly TeiValidator Validator = new();

    private static string Tei(string body, string facsimile = "") =>
        Header + "\n" + facsimile + "\n  <text>\n    <body>\n" + body + "\n    </body>\n  </text>\n</TEI>\n";

    private static IReadOnlyList<TeiValidationIssue> Validate(string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return Validator.Validate(stream);
    }

    /// <summary>Line of the first occurrence of <paramref name="marker"/> (1-based).</summary>
    private static int LineOf(string xml, string marker) =>
        xml[..xml.IndexOf(marker, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void Validate_MinimalValidTei_HasNoIssues()
    {
        Assert.Empty(Validate(Tei("      <p>Hello <hi rend=\"italic\">world</hi>.</p>")));
    }

    [Theory]
    [InlineData("<p>x<note n=\"1\" xml:id=\"n1\"><p>y</p></note></p>", "place")]
    [InlineData("<p>x<note place=\"foot\" xml:id=\"n1\"><p>y</p></note></p>", "'n'")]
    [InlineData("<p>x<note place=\"foot\" n=\"1\"><p>y</p></note></p>", "id")]
    [InlineData("<p>x<note place=\"end\" n=\"1\" xml:id=\"n1\"><p>y</p></note></p>", "place")]
    [InlineData("<p>x<ref>y</ref></p>", "target")]
    [InlineData("<p>x<bibl><title level=\"x\">y</title></bibl></p>", "level")]
    [InlineData("<p>x<bibl><biblScope unit=\"chapter\">y</biblScope></bibl></p>", "unit")]
    [InlineData("<p>x<hi rend=\"underline\">y</hi></p>", "rend")]
    [InlineData("<p>x<lb cert=\"1.5\"/></p>", "cert")]
    [InlineData("<p>x<author>y</author></p>", "author")]
    [InlineData("<div type=\"section\"><head>h</head></div><p>after a div</p>", "p")]
    [InlineData("<listBibl><bibl>no id</bibl></listBibl>", "id")]
    [InlineData("<p xml:id=\"a\">x</p>", "id")]
    [InlineData("<p>x<bibl><title level=\"m\">a <bibl>nested</bibl></title></bibl></p>", "bibl")]
    public void Validate_InvalidMarkup_ReportsErrorAtItsLineAndColumn(string body, string expectedInMessage)
    {
        var xml = Tei("      <!--bad-->" + body);

        var issues = Validate(xml);

        var error = Assert.Single(issues, i => i.Severity == Severity.Error);
        Assert.Equal(LineOf(xml, "<!--bad-->"), error.Line);
        Assert.True(error.Column > 6, $"column {error.Column}");
        Assert.Contains(expectedInMessage, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BodyOfNotesAndFiguresOnly_IsRejectedAtBodyEnd()
    {
        var xml = Tei("      <note place=\"foot\" n=\"1\" xml:id=\"n1\"><p>y</p></note>\n      <figure><graphic url=\"f.jpg\"/></figure>");

        var error = Assert.Single(Validate(xml));

        Assert.Equal(LineOf(xml, "</body>"), error.Line);
        Assert.Contains("incomplete", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ZoneWithFractionalCoordinate_IsRejected()
    {
        var facsimile = """
              <facsimile>
                <surface xml:id="f-surface" ulx="0" uly="0" lrx="10" lry="10">
                  <zone xml:id="f-z1" ulx="1.5" uly="0" lrx="5" lry="5"/>
                </surface>
              </facsimile>
            """;
        var xml = Tei("      <p>x</p>", facsimile);

        var error = Assert.Single(Validate(xml));

        Assert.Equal(LineOf(xml, "<zone"), error.Line);
        Assert.Contains("ulx", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DuplicateXmlId_IsRejected()
    {
        var xml = Tei("      <p>x<note place=\"foot\" n=\"1\" xml:id=\"n1\"><p>a</p></note></p>\n      <p>y<note place=\"foot\" n=\"2\" xml:id=\"n1\"><p>b</p></note></p>");

        var error = Assert.Single(Validate(xml));

        Assert.Equal(LineOf(xml, "<p>y"), error.Line);
        Assert.Contains("n1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MalformedXml_ReportsLineAndColumn()
    {
        var xml = Tei("      <p>unclosed <hi rend=\"bold\">bold</p>");

        var error = Assert.Single(Validate(xml));

        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(LineOf(xml, "<p>unclosed"), error.Line);
        Assert.Equal(41, error.Column);
    }

    [Fact]
    public void Validate_RootOutsideTeiNamespace_IsAnError()
    {
        var xml = "<?xml version=\"1.0\"?>\n<TEI><text/></TEI>\n";

        var issues = Validate(xml);

        var error = Assert.Single(issues, i => i.Severity == Severity.Error);
        Assert.Equal(2, error.Line);
        Assert.Equal(2, error.Column);
    }

    [Fact]
    public void Validate_DoctypeDeclaration_IsRefused()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY x \"y\">]>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>\n";

        var error = Assert.Single(Validate(xml));

        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("DTD", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ManyThreadsAtOnce_GiveTheSameAnswers()
    {
        var good = Tei("      <p>fine</p>");
        var bad = Tei("      <p>x<ref>no target</ref></p>");

        var results = Enumerable.Range(0, 64).AsParallel().Select(i => Validate(i % 2 == 0 ? good : bad).Count).ToList();

        Assert.All(results.Where((_, i) => i % 2 == 0), count => Assert.Equal(0, count));
        Assert.All(results.Where((_, i) => i % 2 == 1), count => Assert.Equal(1, count));
    }

    [Fact]
    public void ToDiagnostic_CarriesDocumentLineAndColumn()
    {
        var issue = new TeiValidationIssue(Severity.Error, 12, 7, "The element 'p' is invalid.");

        var diagnostic = issue.ToDiagnostic("seed-essay");

        Assert.Equal("seed-essay:12: error tei.schema-invalid: TEI output column 7: The element 'p' is invalid.", diagnostic.ToString());
    }
}

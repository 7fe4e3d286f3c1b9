using System.Xml.Linq;
using Pipeline.Conversion;
using Pipeline.Conversion.Metadata;
using Pipeline.Diagnostics;
using Pipeline.Stages;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Conversion.Metadata;

public class MetadataFileTests
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";

    [Fact]
    public void Parse_FlatYaml_GivesEveryField()
    {
        var (metadata, problems) = MetadataFile.Parse("metadata.yaml", """
            journal: Retrospectives
            volume: 9
            issue: "1"
            year: 2020
            pages: 1–20
            doi: https://doi.org/10.1234/retro.2020.01
            url: https://example.org/retro/9/1
            publisher: Example Press
            licence: CC-BY-4.0
            language: en-GB
            """);

        Assert.Empty(problems);
        Assert.Equal(("Retrospectives", "9", "1", "2020", "1–20"), (metadata.Journal, metadata.Volume, metadata.Issue, metadata.Year, metadata.Pages));
        Assert.Equal("10.1234/retro.2020.01", metadata.Doi);
        Assert.Equal(("Example Press", "CC-BY-4.0", "en-GB", "https://example.org/retro/9/1"), (metadata.Publisher, metadata.Licence, metadata.Language, metadata.Url));
    }

    [Fact]
    public void Parse_Json_TakesStringsAndNumbers()
    {
        var (metadata, problems) = MetadataFile.Parse("metadata.json", """{"volume": 12, "licence": "https://example.org/licence", "doi": "10.5555/abc"}""");

        Assert.Empty(problems);
        Assert.Equal(("12", "https://example.org/licence", "10.5555/abc"), (metadata.Volume, metadata.Licence, metadata.Doi));
    }

    [Theory]
    [InlineData("metadata.yaml", "year: 20x6", "metadata.yaml: field 'year': '20x6' is not a four-digit year")]
    [InlineData("metadata.yaml", "doi: not-a-doi", "metadata.yaml: field 'doi': 'not-a-doi' is not a DOI")]
    [InlineData("metadata.yaml", "licence: CC BY 4.0", "metadata.yaml: field 'licence'")]
    [InlineData("metadata.yaml", "language: English!", "metadata.yaml: field 'language'")]
    [InlineData("metadata.yaml", "jounral: X", "metadata.yaml: field 'jounral' is not known")]
    [InlineData("metadata.yaml", "journal:\n  - a\n  - b", "metadata.yaml: field 'journal' (line 2) must be a single value")]
    [InlineData("metadata.yaml", "journal: [a", "metadata.yaml: not valid YAML at line")]
    [InlineData("metadata.yaml", "- a\n- b", "metadata.yaml: must hold one mapping")]
    [InlineData("metadata.json", """{"doi": ["a"]}""", "metadata.json: field 'doi' must be a string or a number")]
    [InlineData("metadata.json", """{"year": "2020",}""", "metadata.json: not valid JSON at line 1")]
    [InlineData("metadata.json", """["a"]""", "metadata.json: must hold one JSON object")]
    [InlineData("metadata.json", """{"year": "2020", "year": "2021"}""", "metadata.json: field 'year' is given twice")]
    public void Parse_Malformed_NamesFileAndField(string name, string text, string expected)
    {
        var (_, problems) = MetadataFile.Parse(name, text);

        Assert.Contains(problems, problem => problem.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Convert_FolderWithDoiAndLicence_PutsThemInTheHeader()
    {
        using var folder = new TempFolder();
        var document = folder.Document("with-metadata", File.ReadAllBytes(Path.Combine(SeedFiles.SeedDirectory, "document.md")));
        await File.WriteAllTextAsync(Path.Combine(document, "metadata.json"), """{"journal": "Retrospectives", "volume": 9, "year": 2020, "doi": "10.1234/retro.2020.01", "licence": "CC-BY-4.0", "language": "en"}""");

        var result = await new DocumentConverter().ConvertAsync(document, NoOcr(), CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var header = XDocument.Parse(System.Text.Encoding.UTF8.GetString(result.Tei!)).Root!.Element(Tei + "teiHeader")!;
        var analytic = header.Descendants(Tei + "biblStruct").Single().Element(Tei + "analytic")!;
        Assert.Equal("10.1234/retro.2020.01", analytic.Elements(Tei + "idno").Single(i => (string?)i.Attribute("type") == "DOI").Value);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", (string?)analytic.Descendants(Tei + "licence").Single().Attribute("target"));
        var monogr = header.Descendants(Tei + "biblStruct").Single().Element(Tei + "monogr")!;
        Assert.Equal("Retrospectives", monogr.Element(Tei + "title")!.Value);
        Assert.Equal("en", (string?)header.Descendants(Tei + "language").Single().Attribute("ident"));
    }

    [Fact]
    public async Task Convert_PublisherFromTheBatch_PublishesWithDoiAndLicence()
    {
        using var folder = new TempFolder();
        var document = folder.Document("published", File.ReadAllBytes(Path.Combine(SeedFiles.SeedDirectory, "document.md")));
        await File.WriteAllTextAsync(Path.Combine(document, "metadata.yaml"), "doi: 10.1234/x\nlicence: https://example.org/terms\n");
        var options = NoOcr() with { Metadata = new() { Publisher = "Example Press", Year = "2021" } };

        var result = await new DocumentConverter().ConvertAsync(document, options, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var publication = XDocument.Parse(System.Text.Encoding.UTF8.GetString(result.Tei!)).Descendants(Tei + "publicationStmt").Single();
        Assert.Equal(["publisher", "date", "idno", "availability"], publication.Elements().Select(e => e.Name.LocalName));
        Assert.Equal("https://example.org/terms", (string?)publication.Descendants(Tei + "licence").Single().Attribute("target"));
    }

    [Theory]
    [InlineData(null, "p")]
    [InlineData("Essay Archive", "distributor,availability")]
    public async Task Convert_NoPublisher_SaysUnpublishedOrNamesOnlyTheDistributor(string? distributor, string expected)
    {
        using var folder = new TempFolder();
        var document = folder.Document("unpublished", File.ReadAllBytes(Path.Combine(SeedFiles.SeedDirectory, "document.md")));
        var options = NoOcr() with { Tei = new() { Distributor = distributor } };

        var result = await new DocumentConverter().ConvertAsync(document, options, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var publication = XDocument.Parse(System.Text.Encoding.UTF8.GetString(result.Tei!)).Descendants(Tei + "publicationStmt").Single();
        Assert.Equal(expected, string.Join(",", publication.Elements().Select(e => e.Name.LocalName)));
        Assert.Empty(publication.Elements(Tei + "publisher"));
        if (distributor is null)
        {
            Assert.StartsWith("Unpublished conversion", publication.Value.Trim(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Convert_MalformedMetadata_FailsTheDocumentWithTheFileAndField()
    {
        using var folder = new TempFolder();
        var document = folder.Document("bad-metadata", File.ReadAllBytes(Path.Combine(SeedFiles.SeedDirectory, "document.md")));
        await File.WriteAllTextAsync(Path.Combine(document, "metadata.yaml"), "year: soon\n");

        var result = await new DocumentConverter().ConvertAsync(document, NoOcr(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Null(result.Tei);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("metadata.invalid", error.Code);
        Assert.Equal("metadata.yaml: field 'year': 'soon' is not a four-digit year", error.Message);
    }

    private static ConversionOptions NoOcr() => new() { Pipeline = new PipelineOptions { FigureOcr = new() { Enabled = false } } };
}

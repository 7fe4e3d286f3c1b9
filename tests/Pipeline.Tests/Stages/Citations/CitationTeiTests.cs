using System.Text;
using System.Xml.Linq;
using Pipeline.Conversion;
using Pipeline.Tests.Conversion;
using Pipeline.Tests.Support;
using Pipeline.Tests.Validation;
using Pipeline.Validation;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>The structured citations as the real converter writes them to TEI, checked with the real validators.</summary>
public sealed class CitationTeiTests
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";
    private static readonly XNamespace Xml = XNamespace.Xml;

    [Fact]
    public async Task ConvertAsync_Seed_WritesNoteBiblsPointingToListBiblEntries()
    {
        var result = await new DocumentConverter().ConvertAsync(SeedFiles.SeedDirectory, new ConversionOptions(), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var tei = Parse(result.Tei!);

        var noteBibls = tei.Descendants(Tei + "note").Descendants(Tei + "bibl").Where(b => b.Parent?.Name != Tei + "bibl").ToList();
        var entries = tei.Descendants(Tei + "listBibl").Elements(Tei + "bibl").ToList();
        var entryIds = entries.Select(e => (string?)e.Attribute(Xml + "id")).ToHashSet();
        var corresp = noteBibls.Select(b => (string?)b.Attribute("corresp")).Where(c => c is not null).ToList();

        Assert.Equal(54, noteBibls.Count(b => b.Element(Tei + "title") is not null || b.Value.Contains("Ibid", StringComparison.Ordinal)));
        Assert.Equal(52, corresp.Count);
        Assert.All(corresp, c => Assert.Contains(c![1..], entryIds));
        Assert.Equal(34, entries.Count);
        Assert.All(entries, e => Assert.NotEmpty(e.Elements(Tei + "title")));
        Assert.All(entries, e => Assert.Single(e.Elements(Tei + "date")));
    }

    [Fact]
    public async Task ConvertAsync_Seed_LinksAppendicesButNotAnotherWorksNote()
    {
        var result = await new DocumentConverter().ConvertAsync(SeedFiles.SeedDirectory, new ConversionOptions(), CancellationToken.None);
        var tei = Parse(result.Tei!);

        var targets = tei.Descendants(Tei + "note").Descendants(Tei + "ref").Select(r => (string?)r.Attribute("target")).ToList();
        var ids = tei.Descendants().Select(e => (string?)e.Attribute(Xml + "id")).Where(i => i is not null).ToHashSet();

        Assert.Equal(["#appendix-1", "#appendix-2"], targets);
        Assert.All(targets, t => Assert.Contains(t![1..], ids));
    }

    [SkippableFact]
    public async Task ConvertAsync_VariantWithNoteLinkAndUnlinkedReferences_IsValidAgainstSchemasAndTeiAll()
    {
        var missing = Jing.MissingReason();
        Skip.If(missing is not null, missing);
        var text = RealSeed.WithNote(31, "Romania, for example; see note 12 and *Ibid.*, 4.");
        text = RealSeed.WithNote(text, 17, "Roy A. Medvedev, *Khrushchev* (Oxford: Blackwells, 1983): 68-69.");
        using var folder = new TempFolder();
        var input = folder.Document("variant", Encoding.UTF8.GetBytes(text));
        var result = await new DocumentConverter().ConvertAsync(input, new ConversionOptions(), CancellationToken.None);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var path = Path.Combine(folder.Path, "variant.xml");
        await File.WriteAllBytesAsync(path, result.Tei!);

        var issues = await new TeiValidator().ValidateFileAsync(path, CancellationToken.None);
        var (exitCode, output) = await Jing.ValidateAsync(path);

        Assert.Empty(issues);
        Assert.True(exitCode == 0, output);
        Assert.Contains("<ref target=\"#note-12\">note 12</ref>", Encoding.UTF8.GetString(result.Tei!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConvertAsync_BodyAsAuthorInPlainEntry_IsAnOrgNameAndLinked()
    {
        var text = HandMadeEssay.Scrape(
            ["Coastal Extension Service, *Annual Report, 1923* (Gainesville: State College, 1923), 12."],
            ["Coastal Extension Service. Annual Report, 1923. Gainesville: State College, 1923."]);
        using var folder = new TempFolder();
        var input = folder.Document("body-author", Encoding.UTF8.GetBytes(text));

        var result = await new DocumentConverter().ConvertAsync(input, new ConversionOptions(), CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var tei = Parse(result.Tei!);
        var entry = Assert.Single(tei.Descendants(Tei + "listBibl").Elements(Tei + "bibl"));
        Assert.Equal("Coastal Extension Service", (string?)entry.Element(Tei + "author")?.Element(Tei + "orgName"));
        var noteBibl = Assert.Single(tei.Descendants(Tei + "note").Descendants(Tei + "bibl"));
        Assert.Equal("#" + (string?)entry.Attribute(Xml + "id"), (string?)noteBibl.Attribute("corresp"));
    }

    private static XDocument Parse(byte[] tei)
    {
        using var stream = new MemoryStream(tei);
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace);
    }
}

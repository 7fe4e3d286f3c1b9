using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Pipeline.Conversion;
using Pipeline.Diagnostics;
using Pipeline.Tests.Support;
using Pipeline.Tests.Validation;

namespace Pipeline.Tests.Conversion;

public sealed class DocumentConverterTests
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";
    private static readonly DocumentConverter Converter = new();

    private static byte[] SeedBytes => File.ReadAllBytes(Path.Combine(SeedFiles.SeedDirectory, "document.md"));

    private static Task<ConversionResult> ConvertAsync(string path) =>
        Converter.ConvertAsync(path, new ConversionOptions(), CancellationToken.None);

    private static XDocument Parse(byte[] tei)
    {
        using var stream = new MemoryStream(tei);
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace);
    }

    [Fact]
    public async Task ConvertAsync_SeedEssay_ProducesValidTeiWithoutErrors()
    {
        var result = await ConvertAsync(SeedFiles.SeedDirectory);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("seed-essay", result.DocumentId);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var doc = Parse(result.Tei!);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(SeedBytes)),
            doc.Descendants(Tei + "idno").Single(i => (string?)i.Attribute("type") == "SHA-256").Value);
        var text = string.Concat(doc.Descendants(Tei + "body").Single().DescendantNodes().OfType<XText>().Select(t => t.Value));
        Assert.Contains("The notion of 'de-Stalinisation' (destalinizatsiya) refers to a series of state reforms", text, StringComparison.Ordinal);
        Assert.NotNull(result.Document);
    }

    [Fact]
    public async Task ConvertAsync_SeedTwice_GivesIdenticalBytes()
    {
        var first = await ConvertAsync(SeedFiles.SeedDirectory);
        var second = await ConvertAsync(SeedFiles.SeedDirectory);

        Assert.Equal(first.Tei, second.Tei);
    }

    [SkippableFact]
    public async Task ConvertAsync_SeedEssay_IsValidAgainstTeiAllWithJing()
    {
        var missing = Jing.MissingReason();
        Skip.If(missing is not null, missing);
        var result = await ConvertAsync(SeedFiles.SeedDirectory);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "seed-essay.xml");
        await File.WriteAllBytesAsync(path, result.Tei!);

        var (exitCode, output) = await Jing.ValidateAsync(path);

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public async Task ConvertAsync_DocumentFileGivenDirectly_IsNamedAfterItsFolder()
    {
        var result = await ConvertAsync(Path.Combine(SeedFiles.SeedDirectory, "document.md"));

        Assert.True(result.Succeeded);
        Assert.Equal("seed-essay", result.DocumentId);
    }

    [Fact]
    public async Task ConvertAsync_SeedWithBom_ConvertsToTheSameBody()
    {
        using var folder = new TempFolder();
        var plain = await ConvertAsync(folder.Document("essay", SeedBytes));
        var withBom = await ConvertAsync(folder.Document("essay-bom", [.. Encoding.UTF8.Preamble, .. SeedBytes]));

        Assert.True(withBom.Succeeded, string.Join("\n", withBom.Diagnostics));
        Assert.Equal(Parse(plain.Tei!).Descendants(Tei + "text").Single().ToString(), Parse(withBom.Tei!).Descendants(Tei + "text").Single().ToString());
    }

    [Fact]
    public async Task ConvertAsync_MissingDocument_ReportsErrorNamingIt()
    {
        using var folder = new TempFolder();

        var result = await ConvertAsync(Path.Combine(folder.Path, "absent"));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(ConversionCodes.MissingInput, error.Code);
        Assert.Equal("absent", error.Document);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t\n   \r\n")]
    public async Task ConvertAsync_EmptyOrBlankFile_ReportsEmptyInput(string content)
    {
        using var folder = new TempFolder();

        var result = await ConvertAsync(folder.Document("blank-doc", Encoding.UTF8.GetBytes(content)));

        Assert.Null(result.Tei);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(ConversionCodes.EmptyInput, error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("blank-doc", error.Document);
        Assert.StartsWith("blank-doc: error convert.empty-input: document.md", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConvertAsync_BinaryFile_ReportsBinaryInputWithLine()
    {
        using var folder = new TempFolder();
        byte[] bytes = [.. Encoding.UTF8.GetBytes("# Title\n\nText\n"), 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A];

        var result = await ConvertAsync(folder.Document("image-doc", bytes));

        Assert.Null(result.Tei);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(ConversionCodes.BinaryInput, error.Code);
        Assert.Equal("image-doc", error.Document);
        Assert.Equal(4, error.Line);
        Assert.Contains("byte offset 18", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConvertAsync_InvalidUtf8InSeed_ReportsLineAndByteOffset()
    {
        using var folder = new TempFolder();
        var seed = SeedBytes;
        var lineFive = IndexOfLine(seed, 5);
        byte[] bytes = [.. seed[..(lineFive + 4)], 0xC3, 0x28, .. seed[(lineFive + 4)..]];

        var result = await ConvertAsync(folder.Document("latin1-doc", bytes));

        Assert.Null(result.Tei);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(ConversionCodes.InvalidUtf8, error.Code);
        Assert.Equal("latin1-doc", error.Document);
        Assert.Equal(5, error.Line);
        Assert.Contains($"byte offset {lineFive + 4}", error.Message, StringComparison.Ordinal);
        Assert.Contains("byte 5 of the line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConvertAsync_InvalidUtf8AfterBom_CountsOffsetFromFileStart()
    {
        using var folder = new TempFolder();
        byte[] bytes = [.. Encoding.UTF8.Preamble, .. "ab\ncd"u8, 0xFF, .. "\n"u8];

        var result = await ConvertAsync(folder.Document("bom-doc", bytes));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(2, error.Line);
        Assert.Contains("byte 0xFF at byte offset 8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConvertAsync_FigureWithImage_ListsImageAndPointsGraphicIntoDocumentFolder()
    {
        using var folder = new TempFolder();
        var doc = folder.Document("figure-doc", "# A title\n\nSome text.\n\n![The Secret Speech](appendix-1.jpg)\n\n![Lost](missing.jpg)\n"u8.ToArray());
        File.Copy(Path.Combine(SeedFiles.SeedDirectory, "appendix-1.jpg"), Path.Combine(doc, "appendix-1.jpg"));

        var result = await ConvertAsync(doc);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var image = Assert.Single(result.Images);
        Assert.Equal("appendix-1.jpg", image.RelativePath);
        Assert.Equal(Path.Combine(doc, "appendix-1.jpg"), image.SourcePath);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == ConversionCodes.ImageMissing);
        Assert.Equal(7, warning.Line);
        Assert.Equal(Severity.Warning, warning.Severity);
        var urls = Parse(result.Tei!).Descendants(Tei + "graphic").Select(g => (string?)g.Attribute("url"));
        Assert.Equal(["figure-doc/appendix-1.jpg", "figure-doc/missing.jpg"], urls);
    }

    private static int IndexOfLine(byte[] bytes, int line)
    {
        var index = 0;
        for (var current = 1; current < line; current++)
        {
            index = Array.IndexOf(bytes, (byte)'\n', index) + 1;
        }

        return index;
    }
}

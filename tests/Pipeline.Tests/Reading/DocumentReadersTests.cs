using System.Collections.Immutable;
using System.Text;
using Pipeline.Conversion;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Reading;
using Pipeline.Stages;
using Pipeline.Tests.Conversion;
using Pipeline.Tests.Support;
using Pipeline.Validation;

namespace Pipeline.Tests.Reading;

public sealed class DocumentReadersTests
{
    private static DocumentFile File(string name, string text) =>
        new("doc", "/nowhere/" + name, "/nowhere", Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("document.md", "Some text.<sup>1</sup>\n\n---\n\n<sup>1</sup> A note.\n", "scrape")]
    [InlineData("document.md", "Plain markdown without any note.\n", "scrape")]
    [InlineData("essay.markdown", "Text.\n", "scrape")]
    public void Choose_BySniffing_TakesTheSurestReader(string name, string text, string format)
    {
        var reader = DocumentReaders.Choose(DocumentReaders.Default(), File(name, text), null, out var error);

        Assert.Null(error);
        Assert.Equal(format, reader?.Format);
    }

    [Fact]
    public void Choose_PdfBytesWithNoPdfReader_IsAnErrorNamingTheKnownFormats()
    {
        var readers = ImmutableArray.Create<IDocumentReader>(new ScrapeReader());

        var reader = DocumentReaders.Choose(readers, File("document.pdf", "%PDF-1.7\n"), null, out var error);

        Assert.Null(reader);
        Assert.Contains("document.pdf is in no known input format", error, StringComparison.Ordinal);
        Assert.Contains("scrape", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_NamedFormat_OverridesSniffingAndIgnoresCase()
    {
        var reader = DocumentReaders.Choose(DocumentReaders.Default(), File("notes.txt", "x"), "SCRAPE", out var error);

        Assert.Null(error);
        Assert.Equal("scrape", reader?.Format);
    }

    [Fact]
    public void Choose_UnknownNamedFormat_SaysWhichFormatsExist()
    {
        var reader = DocumentReaders.Choose(DocumentReaders.Default(), File("document.md", "x"), "docx", out var error);

        Assert.Null(reader);
        Assert.StartsWith("unknown input format 'docx' (known: scrape", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Converter_TakesItsReadersFromOutside_AndTheSurestWins()
    {
        using var folder = new TempFolder();
        var document = Path.Combine(folder.Path, "lines");
        Directory.CreateDirectory(document);
        await System.IO.File.WriteAllTextAsync(Path.Combine(document, "document.txt"), "first line\nsecond line\n");
        var readers = ImmutableArray.Create<IDocumentReader>(new ScrapeReader(), new LinePerParagraphReader());
        using var converter = new DocumentConverter(readers, PipelineStages.Default, new TeiValidator());

        var result = await converter.ConvertAsync(document, new ConversionOptions { Pipeline = new() { FigureOcr = new() { Enabled = false } } }, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(2, result.Document!.Blocks.OfType<Paragraph>().Count());
        Assert.Equal("lines", result.DocumentId);
    }

    [Fact]
    public async Task Converter_UnknownFormatOption_FailsTheDocumentWithAClearError()
    {
        var result = await new DocumentConverter().ConvertAsync(SeedFiles.SeedDirectory, new ConversionOptions { InputFormat = "docx" }, CancellationToken.None);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(ConversionCodes.UnknownFormat, error.Code);
    }

    [Fact]
    public async Task Converter_ReaderThatThrows_FailsOnlyThatDocument()
    {
        using var folder = new TempFolder();
        var document = folder.Document("boom", "text"u8.ToArray());
        using var converter = new DocumentConverter([new ThrowingReader()], PipelineStages.Default, new TeiValidator());

        var result = await converter.ConvertAsync(document, new ConversionOptions(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(ConversionCodes.ReadFailed, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void DocumentFiles_PreferThePdfWhenAFolderHoldsSeveral()
    {
        using var folder = new TempFolder();
        System.IO.File.WriteAllText(Path.Combine(folder.Path, "document.md"), "x");
        Assert.EndsWith("document.md", DocumentFiles.Find(folder.Path), StringComparison.Ordinal);

        System.IO.File.WriteAllText(Path.Combine(folder.Path, "document.pdf"), "%PDF-1.7");
        Assert.EndsWith("document.pdf", DocumentFiles.Find(folder.Path), StringComparison.Ordinal);
    }

    /// <summary>A format of its own for the seam's test: every line of a <c>.txt</c> file is one paragraph.</summary>
    private sealed class LinePerParagraphReader : IDocumentReader
    {
        public string Format => "lines";

        public int Sniff(DocumentFile file) => file.FileName.EndsWith(".txt", StringComparison.Ordinal) ? 60 : 0;

        public ValueTask<ReadResult> ReadAsync(DocumentFile file, DiagnosticBag diagnostics, CancellationToken cancellationToken)
        {
            var text = Encoding.UTF8.GetString(file.Bytes);
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var blocks = lines.Select((line, i) => (Block)new Paragraph([new Text(line)], new SourceSpan(i + 1, i + 1, 1))).ToImmutableArray();
            return ValueTask.FromResult(new ReadResult(new Document { Id = file.Id, SourceDirectory = file.SourceDirectory, Blocks = blocks }, text));
        }
    }

    private sealed class ThrowingReader : IDocumentReader
    {
        public string Format => "throws";

        public int Sniff(DocumentFile file) => 1;

        public ValueTask<ReadResult> ReadAsync(DocumentFile file, DiagnosticBag diagnostics, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("reader bug");
    }
}

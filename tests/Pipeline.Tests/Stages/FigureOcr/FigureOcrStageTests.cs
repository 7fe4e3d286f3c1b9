using System.Collections.Immutable;
using Pipeline.Diagnostics;
using Pipeline.Model;
using Pipeline.Stages;
using Pipeline.Stages.FigureOcr;
using Pipeline.Tests.Ocr;
using Xunit.Abstractions;

namespace Pipeline.Tests.Stages.FigureOcr;

[Collection(OcrEngineCollection.Name)]
public sealed class FigureOcrStageTests : IDisposable
{
    private readonly OcrEngineFixture _fixture;
    private readonly ITestOutputHelper _output;
    private readonly string _work = Path.Combine(Path.GetTempPath(), "figure-ocr-test-" + Guid.NewGuid().ToString("N"));

    public FigureOcrStageTests(OcrEngineFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
        Directory.CreateDirectory(_work);
    }

    [Fact]
    public async Task RunAsync_SeedAppendices_TranscribesBothAndLetsTheScrapeReadAppendix2()
    {
        var document = SeedAppendices(OcrTestImages.SeedDirectory);
        var (result, diagnostics) = await RunAsync(document, useCache: false);

        var first = Figures(result).Single(f => f.Id == "figure-appendix-1").Transcription;
        var second = Figures(result).Single(f => f.Id == "figure-appendix-2").Transcription;
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Equal(TranscriptionStatus.Transcribed, first.Status);
        Assert.Equal(ReadingTextSource.Ocr, first.ReadingText);
        Assert.Equal((2574, 869), (first.ImageWidth, first.ImageHeight));
        Assert.Equal(TranscriptionStatus.Transcribed, second.Status);
        Assert.Equal(ReadingTextSource.Scrape, second.ReadingText);
        Assert.InRange(second.MeanConfidence, 0.8, 1.0);
        Assert.Contains(second.Paragraphs.SelectMany(p => p.Lines), l => l.ContinuesWord && l.Text.StartsWith("sidium", StringComparison.Ordinal));

        var agreement = Assert.Single(diagnostics, d => d.Code == FigureOcrStage.ScrapeAgreementCode && d.Message.Contains("figure-appendix-2", StringComparison.Ordinal));
        Assert.Equal(Severity.Info, agreement.Severity);
        Assert.Contains("CER", agreement.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.Severity != Severity.Info);
    }

    [Fact]
    public async Task RunAsync_SecondRunWithSameCache_ReadsTheCacheAndGivesTheSameTranscription()
    {
        File.Copy(OcrTestImages.ImagePath(2), Path.Combine(_work, "appendix-2.jpg"));
        var document = Single("appendix-2.jpg");

        var (firstRun, firstDiagnostics) = await RunAsync(document, useCache: true);
        var cached = Directory.GetFiles(Path.Combine(_work, "cache"), "*.json");
        var (secondRun, secondDiagnostics) = await RunAsync(document, useCache: true);

        Assert.Single(cached);
        Assert.Contains(firstDiagnostics, d => d.Code == FigureOcrStage.SummaryCode && d.Message.Contains("(0 from the cache)", StringComparison.Ordinal));
        Assert.Contains(secondDiagnostics, d => d.Code == FigureOcrStage.SummaryCode && d.Message.Contains("(1 from the cache)", StringComparison.Ordinal));
        var before = Figures(firstRun).Single().Transcription!;
        var after = Figures(secondRun).Single().Transcription!;
        Assert.Equal(before.Paragraphs.SelectMany(p => p.Lines), after.Paragraphs.SelectMany(p => p.Lines));
    }

    [Fact]
    public async Task RunAsync_FigureFoundInTheCache_StartsNoEngine()
    {
        File.Copy(OcrTestImages.ImagePath(2), Path.Combine(_work, "appendix-2.jpg"));
        var document = Single("appendix-2.jpg");
        var options = new PipelineOptions { FigureOcr = new() { CacheDirectory = Path.Combine(_work, "cache") } };

        var (firstRun, firstStarts) = await RunWithCountedEnginesAsync(document, options);
        var (secondRun, secondStarts) = await RunWithCountedEnginesAsync(document, options);

        Assert.Equal(1, firstStarts);
        Assert.Equal(0, secondStarts);
        Assert.Equal(TranscriptionStatus.Transcribed, Figures(secondRun).Single().Transcription!.Status);
        Assert.Equal(
            Figures(firstRun).Single().Transcription!.Paragraphs.SelectMany(p => p.Lines),
            Figures(secondRun).Single().Transcription!.Paragraphs.SelectMany(p => p.Lines));
    }

    [Theory]
    [InlineData("missing.jpg", null, FigureOcrStage.ImageMissingCode, "not found")]
    [InlineData("empty.jpg", "empty", FigureOcrStage.ImageUnusableCode, "empty")]
    [InlineData("truncated.jpg", "truncated", FigureOcrStage.ImageUnusableCode, "truncated")]
    [InlineData("caption.jpg", "text", FigureOcrStage.ImageUnusableCode, "not an image")]
    [InlineData("huge.jpg", "huge", FigureOcrStage.ImageUnusableCode, "60,000×60,000")]
    public async Task RunAsync_BadImage_FigureNotTranscribedWithAWarning(string name, string? kind, string code, string problem)
    {
        byte[]? bytes = kind switch
        {
            "empty" => [],
            "truncated" => OcrTestImages.TruncatedJpeg(),
            "text" => OcrTestImages.NotAnImage(),
            "huge" => OcrTestImages.HugeHeaderJpeg(),
            _ => null,
        };
        if (bytes is not null)
        {
            await File.WriteAllBytesAsync(Path.Combine(_work, name), bytes);
        }

        var (result, diagnostics) = await RunAsync(Single(name), useCache: true);

        var transcription = Figures(result).Single().Transcription;
        Assert.NotNull(transcription);
        Assert.Equal(TranscriptionStatus.NotTranscribed, transcription.Status);
        Assert.Empty(transcription.Paragraphs);
        Assert.Contains(problem, transcription.Problem, StringComparison.Ordinal);
        var warning = Assert.Single(diagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal(code, warning.Code);
        Assert.Equal(7, warning.Line);
        Assert.Contains(name, warning.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private async Task<(Document Result, ImmutableArray<Diagnostic> Diagnostics)> RunAsync(Document document, bool useCache)
    {
        var options = new FigureOcrOptions { CacheDirectory = Path.Combine(_work, "cache"), UseCache = useCache };
        using var stage = new FigureOcrStage(options, _fixture.Engine, _fixture.Words);
        var bag = new DiagnosticBag(document.Id);
        var result = await stage.RunAsync(document, new StageContext(bag, []), CancellationToken.None);
        foreach (var diagnostic in bag.Items)
        {
            _output.WriteLine(diagnostic.ToString());
        }

        return (result, bag.Items);
    }

    private static async Task<(Document Result, int Starts)> RunWithCountedEnginesAsync(Document document, PipelineOptions options)
    {
        using var engines = new CountedEngines();
        using var stage = new FigureOcrStage(options, engines.Engines);
        var result = await stage.RunAsync(document, new StageContext(new DiagnosticBag(document.Id), []), CancellationToken.None);
        return (result, engines.Starts);
    }

    private Document Single(string image) => new()
    {
        Id = "bad-figure",
        SourceDirectory = _work,
        Blocks =
        [
            new Division(DivisionKind.Appendix, "appendix-1", null, [new Figure("figure-1", image, [new Text("A clipping")], null, new SourceSpan(7, 7, 3))], new SourceSpan(7, 7, 3)),
        ],
    };

    /// <summary>The seed's two appendices as the structure stage shapes them, text from document.md.</summary>
    private static Document SeedAppendices(string seed)
    {
        var lines = File.ReadAllLines(Path.Combine(seed, "document.md"));
        var start = Array.FindIndex(lines, l => l.StartsWith("## Appendix 2.", StringComparison.Ordinal));
        var first = Array.FindIndex(lines, l => l.StartsWith("Appendix 1.", StringComparison.Ordinal));
        var citation = Array.FindIndex(lines, first, l => l.StartsWith("Salisbury", StringComparison.Ordinal));
        var appendix2 = lines[(start + 1)..]
            .Select((text, i) => (Text: text.Replace("**", "", StringComparison.Ordinal), Line: start + 2 + i))
            .Where(l => l.Text.Length > 0)
            .Select(l => (Block)new Paragraph([new Text(l.Text)], new SourceSpan(l.Line, l.Line, 12)));
        return new Document
        {
            Id = "seed-essay",
            SourceDirectory = seed,
            Blocks =
            [
                new Division(
                    DivisionKind.Appendix,
                    "appendix-1",
                    new Heading(2, [new Text(lines[first])], new SourceSpan(first + 1, first + 1, 11)),
                    [
                        new Figure("figure-appendix-1", "appendix-1.jpg", [new Text(lines[first])], null, new SourceSpan(first + 1, first + 1, 11)),
                        new Paragraph([new Text(lines[citation])], new SourceSpan(citation + 1, citation + 1, 11)),
                    ],
                    new SourceSpan(first + 1, citation + 1, 11)),
                new Division(
                    DivisionKind.Appendix,
                    "appendix-2",
                    new Heading(2, [new Text(lines[start][3..])], new SourceSpan(start + 1, start + 1, 12)),
                    [new Figure("figure-appendix-2", "appendix-2.jpg", [new Text(lines[start][3..])], null, new SourceSpan(start + 1, start + 1, 12)), .. appendix2],
                    new SourceSpan(start + 1, lines.Length, 12)),
            ],
        };
    }

    private static IEnumerable<Figure> Figures(Document document) =>
        document.Blocks.OfType<Division>().SelectMany(d => d.Content).OfType<Figure>();
}

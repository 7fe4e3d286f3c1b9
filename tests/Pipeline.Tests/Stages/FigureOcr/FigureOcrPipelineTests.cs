using Pipeline.Model;
using Pipeline.Stages;
using Pipeline.Stages.FigureOcr;
using Pipeline.Tests.Ocr;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Stages.FigureOcr;

[Collection(OcrEngineCollection.Name)]
public sealed class FigureOcrPipelineTests : IDisposable
{
    private readonly OcrEngineFixture _fixture;
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "figure-ocr-pipeline-" + Guid.NewGuid().ToString("N"));

    public FigureOcrPipelineTests(OcrEngineFixture fixture) => _fixture = fixture;

    [Fact]
    public void Default_PipelineStages_IncludeFigureOcrOnceAfterStructure()
    {
        var stages = PipelineStages.Default(new PipelineOptions());

        var index = stages.IndexOf(Assert.Single(stages, s => s is FigureOcrStage));
        Assert.True(index > stages.IndexOf(stages.Single(s => s is Pipeline.Stages.Structure.StructureStage)));
    }

    [Fact]
    public async Task RunAsync_SeedEssayThroughTheDefaultStages_BothAppendixFiguresTranscribed()
    {
        using var stage = new FigureOcrStage(new FigureOcrOptions { CacheDirectory = _cache }, _fixture.Engine, _fixture.Words);
        var before = PipelineStages.Default(new PipelineOptions()).Where(s => s is not FigureOcrStage);

        var (document, diagnostics) = await StageRunner.ReadAndRunAsync(SeedFiles.SeedText, SeedFiles.SeedDirectory, [.. before, stage]);

        var figures = Figures(document.Blocks).ToList();
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal(TranscriptionStatus.Transcribed, f.Transcription?.Status));
        var one = figures.Single(f => f.ImagePath.EndsWith("appendix-1.jpg", StringComparison.Ordinal)).Transcription!;
        var two = figures.Single(f => f.ImagePath.EndsWith("appendix-2.jpg", StringComparison.Ordinal)).Transcription!;
        Assert.Equal(ReadingTextSource.Ocr, one.ReadingText);
        Assert.Equal(ReadingTextSource.Scrape, two.ReadingText);
        Assert.Contains(diagnostics.Items, d => d.Code == FigureOcrStage.ScrapeAgreementCode);
        Assert.DoesNotContain(diagnostics.Items, d => d.Code.StartsWith("OCR", StringComparison.Ordinal) && d.Severity != Pipeline.Diagnostics.Severity.Info);
    }

    public void Dispose()
    {
        if (Directory.Exists(_cache))
        {
            Directory.Delete(_cache, recursive: true);
        }
    }

    private static IEnumerable<Figure> Figures(IEnumerable<Block> blocks) =>
        blocks.SelectMany(b => b switch
        {
            Figure f => [f],
            Division d => Figures(d.Content),
            _ => Enumerable.Empty<Figure>(),
        });
}

using System.Collections.Immutable;
using Pipeline.Model;
using Pipeline.Ocr;

namespace Pipeline.Tests.Ocr;

public sealed class OcrCacheTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ocr-cache-test-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task StoreAsync_ThenTryLoadAsync_ReturnsTheSamePage()
    {
        var cache = new OcrCache(_directory);
        var page = SamplePage();
        var key = OcrCache.Key(OcrTestImages.Image(2), "tesseract test", new OcrOptions());

        await cache.StoreAsync(key, page, CancellationToken.None);
        var loaded = await cache.TryLoadAsync(key, CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(page.PlainText, loaded.PlainText);
        Assert.Equal(page.Blocks[0].Lines[0].Words[1], loaded.Blocks[0].Lines[0].Words[1]);
        Assert.Equal(page.Preprocessing, loaded.Preprocessing);
    }

    [Fact]
    public void Key_OtherSettingsOrOtherImage_GivesAnotherKey()
    {
        var image = OcrTestImages.Image(2);
        var key = OcrCache.Key(image, "tesseract 5.3.0", new OcrOptions());

        Assert.NotEqual(key, OcrCache.Key(image, "tesseract 5.3.0", new OcrOptions { Binarization = Binarization.Sauvola }));
        Assert.NotEqual(key, OcrCache.Key(image, "tesseract 5.4.0", new OcrOptions()));
        Assert.NotEqual(key, OcrCache.Key(OcrTestImages.Image(1), "tesseract 5.3.0", new OcrOptions()));
        Assert.Equal(key, OcrCache.Key(image, "tesseract 5.3.0", new OcrOptions()));
    }

    [Fact]
    public async Task TryLoadAsync_DamagedEntry_IsAMiss()
    {
        var cache = new OcrCache(_directory);
        Directory.CreateDirectory(_directory);
        await File.WriteAllTextAsync(Path.Combine(_directory, "damaged.json"), "{\"Width\": 12, \"Blocks\": [");

        Assert.Null(await cache.TryLoadAsync("damaged", CancellationToken.None));
        Assert.Null(await cache.TryLoadAsync("absent", CancellationToken.None));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static OcrPage SamplePage()
    {
        var box = new PixelBox(10, 20, 300, 50);
        ImmutableArray<OcrWord> words = [new("Stalingrad", box with { Right = 150 }, 0.96), new("Name", box with { Left = 160 }, 0.91)];
        return new OcrPage(849, 1763, [new OcrBlock(box, [new OcrLine(words, box, 0.93, true)])], new OcrPreprocessing(-1.17, 1, 300));
    }
}

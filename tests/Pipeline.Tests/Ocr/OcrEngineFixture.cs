using Pipeline.Ocr;
using Pipeline.Stages.Dehyphenation;

namespace Pipeline.Tests.Ocr;

/// <summary>
/// One Tesseract engine pool and one word list for all OCR tests: starting engines is the slow
/// part. Nothing recognised is kept between tests.
/// </summary>
public sealed class OcrEngineFixture : IDisposable
{
    public OcrEngineFixture()
    {
        Engine = new TesseractOcrEngine();
        Words = HunspellWordList.TryOpen(new DehyphenationOptions(), out _);
    }

    public TesseractOcrEngine Engine { get; }

    public HunspellWordList? Words { get; }

    /// <summary>A judge as the pipeline builds it, from the given text and the word list.</summary>
    public IHyphenationJudge Judge(string text) => HyphenationJudge.Create([text], Words);

    public void Dispose()
    {
        Engine.Dispose();
        Words?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class OcrEngineCollection : ICollectionFixture<OcrEngineFixture>
{
    public const string Name = "OCR engine";
}

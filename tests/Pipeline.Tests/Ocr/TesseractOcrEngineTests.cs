using Pipeline.Native.Leptonica;
using Pipeline.Ocr;

namespace Pipeline.Tests.Ocr;

[Collection(OcrEngineCollection.Name)]
public sealed class TesseractOcrEngineTests
{
    private readonly OcrEngineFixture _fixture;

    public TesseractOcrEngineTests(OcrEngineFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task RecognizeAsync_Appendix1ThreeColumnFrontPage_CerAtMostTwoPercent()
    {
        var text = await RecognizeAndReflowAsync(1);

        var cer = CharacterErrorRate.Compute(text, OcrTestImages.GroundTruth(1));

        Assert.True(cer <= 0.02, $"CER {cer:P2} over 2 %:\n{text}");
    }

    [Fact]
    public async Task RecognizeAsync_Appendix2JustifiedColumn_CerAtMostOnePercent()
    {
        var text = await RecognizeAndReflowAsync(2);

        var cer = CharacterErrorRate.Compute(text, OcrTestImages.GroundTruth(2));

        Assert.True(cer <= 0.01, $"CER {cer:P2} over 1 %:\n{text}");
    }

    [Fact]
    public async Task RecognizeAsync_Appendix1_ReadsMastheadHeadlineThenEachColumnTopToBottom()
    {
        var page = await _fixture.Engine.RecognizeAsync(OcrTestImages.Image(1), new OcrOptions(), CancellationToken.None);
        var text = page.PlainText;

        string[] order =
        [
            "The New York Times", "KHRUSHCHEV TALK", "U.S. ISSUES A TEXT",
            "Dead Dictator", "Speech Adds Much Detail", "SALISBURY",
            "STALIN DEPICTED", "Korean War", "Many Officers Liquidated",
            "Revelations by Khrushchev", "Leningrad", "Plot Laid to Stalin",
        ];
        var positions = order.Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0, text));
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public async Task RecognizeAsync_Appendix1_FindsTheTwoColumnRulesAndBoxesLinesInsideTheImage()
    {
        var page = await _fixture.Engine.RecognizeAsync(OcrTestImages.Image(1), new OcrOptions(), CancellationToken.None);

        Assert.Equal((2574, 869), (page.Width, page.Height));
        Assert.All(page.Lines, line =>
        {
            Assert.InRange(line.Box.Left, 0, line.Box.Right - 1);
            Assert.InRange(line.Box.Bottom, line.Box.Top + 1, page.Height);
            Assert.InRange(line.Confidence, 0.5, 1.0);
        });

        // The three columns are separate text blocks, none crossing a rule (x ≈ 874 and ≈ 1700);
        // the rules themselves are zones of their own, without text.
        var columnBlocks = page.Blocks.Where(b => b.Kind.IsText() && b.Box.Top > 450).ToList();
        Assert.NotEmpty(columnBlocks);
        Assert.All(columnBlocks, b => Assert.False(b.Box.Left < 874 && b.Box.Right > 874 || b.Box.Left < 1700 && b.Box.Right > 1700));
        var rules = page.Blocks.Where(b => b.Kind == OcrRegionKind.Rule).ToList();
        Assert.Contains(rules, r => r.Box.Left <= 874 && r.Box.Right >= 874 && r.Lines.IsEmpty);
        Assert.Contains(rules, r => r.Box.Left <= 1700 && r.Box.Right >= 1700 && r.Lines.IsEmpty);
    }

    [Fact]
    public async Task RecognizeAsync_SkewedAppendix1_BoxesFollowTheStoredImageNotTheStraightenedOne()
    {
        var page = await _fixture.Engine.RecognizeAsync(OcrTestImages.Image(1), new OcrOptions(), CancellationToken.None);

        // The scan is rotated: the headline rises to the right by about 25 px over its length.
        Assert.InRange(Math.Abs(page.Preprocessing.SkewDegrees), 0.3, 2.0);
        var words = page.Lines.SelectMany(l => l.Words).ToList();
        var left = words.First(w => w.Text == "KHRUSHCHEV");
        var right = words.First(w => w.Text == "TERROR;");
        Assert.InRange(left.Box.Top - right.Box.Top, 12, 40);
    }

    [Fact]
    public async Task RecognizeAsync_Appendix2AtHalfResolution_EnlargedAndReadAtMostOnePercentCer()
    {
        byte[] small;
        using (var original = Pix.Decode(OcrTestImages.Image(2))!)
        using (var gray = original.ToGray())
        using (var half = gray.ScaleGray(0.5f))
        {
            small = half.EncodePng();
        }

        var page = await _fixture.Engine.RecognizeAsync(small, new OcrOptions(), CancellationToken.None);
        var text = OcrReflow.Reflow(page, _fixture.Judge(page.PlainText)).Text;

        Assert.True(page.Preprocessing.Scale > 1.2, $"scale {page.Preprocessing.Scale}");
        Assert.Equal((424, 881), (page.Width, page.Height));
        var cer = CharacterErrorRate.Compute(text, OcrTestImages.GroundTruth(2));
        // Tesseract's layout at half size leaves a line between its blocks out of all of them; the
        // blocks are grown over it (0.24 % measured).
        Assert.True(cer <= 0.01, $"CER {cer:P2}:\n{text}");
    }

    // A seed clipping thresholded as our preparation would, read once as its 1 bpp page and once as
    // that page's grayscale copy.
    private async Task<(OcrPage Bilevel, OcrPage Gray)> ReadThresholdedBothWaysAsync(int image, bool straighten)
    {
        byte[] bilevel;
        byte[] grayCopy;
        using (var original = Pix.Decode(OcrTestImages.Image(image))!)
        using (var gray = original.ToGray())
        using (var straight = straighten ? gray.Deskew() : null)
        using (var level = (straight ?? gray).NormalizeBackground())
        using (var binary = level.BinarizeOtsu(2000))
        using (var expanded = binary.ToGray())
        {
            Assert.True(binary.IsBilevel);
            bilevel = binary.EncodePng();
            grayCopy = expanded.EncodePng();
        }

        var fromBilevel = await _fixture.Engine.RecognizeAsync(bilevel, new OcrOptions(), CancellationToken.None);
        var fromGray = await _fixture.Engine.RecognizeAsync(grayCopy, new OcrOptions(), CancellationToken.None);
        return (fromBilevel, fromGray);
    }

    [Fact]
    public async Task RecognizeAsync_BilevelScan_ReadsAsItsGrayscaleCopyDoes()
    {
        var (fromBilevel, fromGray) = await ReadThresholdedBothWaysAsync(2, straighten: true);

        // The upright 1 bpp page skips the grayscale copy and every threshold; the words must not change.
        Assert.Equal(0, fromBilevel.Preprocessing.SkewDegrees);
        Assert.Equal(0, fromGray.Preprocessing.SkewDegrees);
        Assert.Equal(fromGray.PlainText, fromBilevel.PlainText);
        Assert.Contains("renamed Volgograd", fromBilevel.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecognizeAsync_CrookedBilevelScan_StraightenedAsItsGrayscaleCopyIs()
    {
        var (fromBilevel, fromGray) = await ReadThresholdedBothWaysAsync(1, straighten: false);

        // The 1 bpp page's skew, measured once, is the one its grayscale copy's threshold shows.
        Assert.InRange(Math.Abs(fromBilevel.Preprocessing.SkewDegrees), 0.3, 2.0);
        Assert.Equal(fromGray.Preprocessing.SkewDegrees, fromBilevel.Preprocessing.SkewDegrees, 2);
        Assert.Equal(fromGray.PlainText, fromBilevel.PlainText);
        Assert.Contains("KHRUSHCHEV", fromBilevel.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecognizeAsync_EmptyFile_ThrowsInvalidImage()
    {
        var error = await Assert.ThrowsAsync<InvalidImageException>(
            () => _fixture.Engine.RecognizeAsync(Array.Empty<byte>(), new OcrOptions(), CancellationToken.None));
        Assert.Contains("empty", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RecognizeAsync_TextFile_ThrowsNotAnImage()
    {
        var error = await Assert.ThrowsAsync<InvalidImageException>(
            () => _fixture.Engine.RecognizeAsync(OcrTestImages.NotAnImage(), new OcrOptions(), CancellationToken.None));
        Assert.Contains("not an image", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RecognizeAsync_TruncatedJpeg_ThrowsTruncated()
    {
        var error = await Assert.ThrowsAsync<InvalidImageException>(
            () => _fixture.Engine.RecognizeAsync(OcrTestImages.TruncatedJpeg(), new OcrOptions(), CancellationToken.None));
        Assert.Contains("truncated", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RecognizeAsync_HeaderClaims60000By60000_RejectedBeforeDecoding()
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var error = await Assert.ThrowsAsync<InvalidImageException>(
            () => _fixture.Engine.RecognizeAsync(OcrTestImages.HugeHeaderJpeg(), new OcrOptions(), CancellationToken.None));

        Assert.Contains("60,000×60,000", error.Message, StringComparison.Ordinal);
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 10_000_000, "The image was decoded or buffered.");
    }

    [Fact]
    public async Task RecognizeAsync_ImageLargerThanTheCap_RejectedWithTheLimit()
    {
        var options = new OcrOptions { MaxPixels = 1_000_000 };

        var error = await Assert.ThrowsAsync<InvalidImageException>(
            () => _fixture.Engine.RecognizeAsync(OcrTestImages.Image(1), options, CancellationToken.None));

        Assert.Contains("1,000,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecognizeAsync_BothImagesAtOnce_BothRecognised()
    {
        var pages = await Task.WhenAll(
            _fixture.Engine.RecognizeAsync(OcrTestImages.Image(1), new OcrOptions(), CancellationToken.None),
            _fixture.Engine.RecognizeAsync(OcrTestImages.Image(2), new OcrOptions(), CancellationToken.None));

        Assert.Contains("KHRUSHCHEV", pages[0].PlainText, StringComparison.Ordinal);
        Assert.Contains("Volgograd", pages[1].PlainText, StringComparison.Ordinal);
    }

    private async Task<string> RecognizeAndReflowAsync(int appendix)
    {
        var page = await _fixture.Engine.RecognizeAsync(OcrTestImages.Image(appendix), new OcrOptions(), CancellationToken.None);
        return OcrReflow.Reflow(page, _fixture.Judge(page.PlainText)).Text;
    }
}

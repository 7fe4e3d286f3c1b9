using System.Collections.Immutable;
using Pipeline.Model;
using Pipeline.Native.Leptonica;
using Pipeline.Ocr;

namespace Pipeline.Tests.Ocr;

public sealed class RegionPlanTests
{
    private const int Line = 30;

    [Fact]
    public void Make_BlockOverTwoColumnsWithAOneLineGutter_CutIntoColumnsLeftFirst()
    {
        // Ten lines of two columns, 400 px each, with a 30 px gutter: one line height, narrower
        // than the 2.5 line heights a whitespace splitter of the whole page would need.
        var ink = Page(1000, 400, Lines(50, 450, 10), Lines(480, 880, 10));
        var found = ImmutableArray.Create(new LayoutBlock(new PixelBox(40, 0, 900, 400), OcrRegionKind.Text));

        var regions = RegionPlan.Make(found, new PageLayout(ink, [], Line));

        Assert.Equal([(50, 450), (480, 880)], regions.Select(r => (r.Box.Left, r.Box.Right)));
    }

    [Fact]
    public void Make_WordSpacesLinedUpOverTwoLines_NotAGutter()
    {
        var ink = Page(1000, 400, Lines(50, 450, 2), Lines(470, 880, 2));
        var found = ImmutableArray.Create(new LayoutBlock(new PixelBox(40, 0, 900, 100), OcrRegionKind.Text));

        var regions = RegionPlan.Make(found, new PageLayout(ink, [], Line));

        Assert.Single(regions);
    }

    [Fact]
    public void Make_TableWithAGutter_KeptWholeForRowOrder()
    {
        var ink = Page(1000, 400, Lines(50, 450, 10), Lines(480, 880, 10));
        var found = ImmutableArray.Create(new LayoutBlock(new PixelBox(40, 0, 900, 400), OcrRegionKind.Table));

        var regions = RegionPlan.Make(found, new PageLayout(ink, [], Line));

        Assert.Single(regions);
    }

    [Fact]
    public void Make_ColumnsBesideRulesGivenRowByRow_ReadColumnByColumnUnderTheHeadline()
    {
        // The engine's order: the headline, then the column heads left to right, then the bodies.
        var rules = ImmutableArray.Create(new PixelBox(495, 100, 498, 800), new PixelBox(995, 100, 998, 800));
        LayoutBlock[] found =
        [
            Text(0, 0, 1500, 80),
            Text(0, 110, 480, 140), Text(510, 110, 980, 140), Text(1010, 110, 1500, 140),
            Text(0, 180, 480, 790), Text(510, 180, 980, 790), Text(1010, 180, 1500, 790),
            Text(0, 820, 1500, 860),
        ];

        var regions = RegionPlan.Make([.. found], new PageLayout(Page(1500, 900), rules, Line));

        Assert.Equal([0, 1, 4, 2, 5, 3, 6, 7], regions.Select(r => Array.IndexOf(found, r)));
    }

    [Fact]
    public void Make_BlockAcrossAVerticalRule_CutAtTheRule()
    {
        var ink = Page(1000, 400, Lines(50, 450, 10), Lines(520, 900, 10));
        var rules = ImmutableArray.Create(new PixelBox(484, 0, 487, 400));
        var found = ImmutableArray.Create(new LayoutBlock(new PixelBox(40, 0, 910, 400), OcrRegionKind.Text));

        var regions = RegionPlan.Make(found, new PageLayout(ink, rules, Line));

        Assert.Equal([(50, 450), (520, 900)], regions.Select(r => (r.Box.Left, r.Box.Right)));
    }

    [Fact]
    public void IsRectangular_DisjointBlocks_True()
    {
        var found = ImmutableArray.Create(Text(0, 0, 400, 300), Text(420, 0, 800, 300), new LayoutBlock(new PixelBox(0, 320, 800, 600), OcrRegionKind.Image));

        Assert.True(RegionPlan.IsRectangular(found, new PageLayout(Page(800, 600), [], Line)));
    }

    [Fact]
    public void IsRectangular_TextWrappedRoundAPicture_False()
    {
        // The text block's bounding box covers the picture it flows round.
        var found = ImmutableArray.Create(Text(0, 0, 800, 600), new LayoutBlock(new PixelBox(0, 100, 400, 400), OcrRegionKind.Image));

        Assert.False(RegionPlan.IsRectangular(found, new PageLayout(Page(800, 600), [], Line)));
    }

    [Fact]
    public void IsRectangular_SpeckTakenForAPictureInsideText_StillRectangular()
    {
        var found = ImmutableArray.Create(Text(0, 0, 800, 600), new LayoutBlock(new PixelBox(300, 200, 340, 240), OcrRegionKind.Image));

        Assert.True(RegionPlan.IsRectangular(found, new PageLayout(Page(800, 600), [], Line)));
    }

    [Fact]
    public void Make_LinesBelowABlockThatNoBlockHolds_TakenIntoTheBlock()
    {
        // Eight lines printed; the analysis boxed the first six (rows it had not settled are left
        // out of every block).
        var ink = Page(600, 400, TightLines(50, 550, 0, 8));
        var found = ImmutableArray.Create(Text(50, 10, 550, 240));

        var region = Assert.Single(RegionPlan.Make(found, new PageLayout(ink, [], Line)));

        Assert.Equal(new PixelBox(50, 10, 550, 320), region.Box);
    }

    [Fact]
    public void Make_UnheldLinesBetweenTwoBlocks_GoToTheUpperAsFarAsTheLower()
    {
        var ink = Page(600, 500, TightLines(50, 550, 0, 10));
        var found = ImmutableArray.Create(Text(50, 10, 550, 160), Text(50, 250, 550, 400));

        var regions = RegionPlan.Make(found, new PageLayout(ink, [], Line));

        Assert.Equal([(10, 240), (250, 400)], regions.Select(r => (r.Box.Top, r.Box.Bottom)));
    }

    [Fact]
    public void Make_InkAfterABlankOfALine_OrASolidBorder_NotTaken()
    {
        // A caption a full line below the block, and a scanner's black border at the foot.
        var ink = Page(600, 400, TightLines(50, 550, 0, 4), TightLines(50, 300, 200, 1), [new PixelBox(0, 250, 600, 400)]);
        var found = ImmutableArray.Create(Text(50, 10, 550, 160), Text(50, 210, 300, 240));

        var regions = RegionPlan.Make(found, new PageLayout(ink, [], Line));

        Assert.Equal([(10, 160), (210, 240)], regions.Select(r => (r.Box.Top, r.Box.Bottom)));
    }

    private static LayoutBlock Text(int left, int top, int right, int bottom) => new(new PixelBox(left, top, right, bottom), OcrRegionKind.Text);

    /// <summary>Text lines as ink bars with word spaces: 20 px of ink in every 40 px row, a 10 px space every 60 px.</summary>
    private static IEnumerable<PixelBox> Lines(int left, int right, int count)
    {
        for (var i = 0; i < count; i++)
        {
            for (var x = left; x < right; x += 60)
            {
                yield return new PixelBox(x, (i * 40) + 10, Math.Min(right, x + 50), (i * 40) + 30);
            }
        }
    }

    /// <summary>
    /// Text lines as printed: 30 px of ink in every 40 px row from <paramref name="top"/>, half the
    /// width inked, word spaces not lined up from line to line.
    /// </summary>
    private static IEnumerable<PixelBox> TightLines(int left, int right, int top, int count)
    {
        for (var i = 0; i < count; i++)
        {
            for (var x = left + (i % 3 * 20); x < right; x += 60)
            {
                yield return new PixelBox(x, top + (i * 40) + 10, Math.Min(right, x + 30), top + (i * 40) + 40);
            }
        }
    }

    private static InkMask Page(int width, int height, params IEnumerable<PixelBox>[] parts)
    {
        var ink = new byte[width * height];
        foreach (var box in parts.SelectMany(p => p))
        {
            for (var y = box.Top; y < box.Bottom; y++)
            {
                Array.Fill(ink, (byte)1, (y * width) + box.Left, box.Right - box.Left);
            }
        }

        return new InkMask(width, height, ink);
    }
}

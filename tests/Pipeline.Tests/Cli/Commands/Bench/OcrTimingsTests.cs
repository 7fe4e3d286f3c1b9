using Pipeline.Cli.Commands.Bench;

namespace Pipeline.Tests.Cli.Commands.Bench;

public sealed class OcrTimingsTests
{
    [Theory]
    [InlineData(new double[] { 3, 1, 2 }, 2)]
    [InlineData(new double[] { 4, 1, 3, 2 }, 2.5)]
    [InlineData(new double[] { 9 }, 9)]
    public void Median_OddAndEvenCounts_TheMiddleOrTheMeanOfTheTwoMiddles(double[] values, double expected) =>
        Assert.Equal(expected, OcrTimings.Median(values));

    [Fact]
    public void Median_NoRuns_IsNull() => Assert.Null(OcrTimings.Median([]));
}

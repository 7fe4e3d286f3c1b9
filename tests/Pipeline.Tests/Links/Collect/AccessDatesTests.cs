using Pipeline.Links.Collect;

namespace Pipeline.Tests.Links.Collect;

public sealed class AccessDatesTests
{
    [Theory]
    [InlineData("The Atlantic, March, 2000. Accessed: February 11, 2020. https://x", 2020, 2, 11)]
    [InlineData("accessed 11 February 2020", 2020, 2, 11)]
    [InlineData("Accessed on Feb. 11, 2020.", 2020, 2, 11)]
    [InlineData("(accessed 2019-07-03)", 2019, 7, 3)]
    public void Find_WrittenDates_AreRead(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), AccessDates.Find(text));

    [Theory]
    [InlineData("February 25, 1956, History and Public Policy Program Digital Archive")]
    [InlineData("Accessed: sometime")]
    public void Find_NoAccessDate_IsNull(string text) => Assert.Null(AccessDates.Find(text));
}

using Pipeline.Reading.ExtractedText;
using Pipeline.Reading.Layout;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>
/// pdftotext closes up a number range cut after its hyphen at a line end (buildings-2: "Cash Book
/// 18751877", "pp. 177181"). Only digit runs that cannot be one number get their hyphen back.
/// </summary>
public sealed class JoinedRangesTests
{
    [Theory]
    [InlineData("Stationery, and Maps, 18571867.", "Stationery, and Maps, 1857-1867.")]
    [InlineData("Ibid., Cash Book 18751877, pp. 45, 113, 117.", "Ibid., Cash Book 1875-1877, pp. 45, 113, 117.")]
    [InlineData("Force, National Calendar for 1820, pp. 177181. David", "Force, National Calendar for 1820, pp. 177-181. David")]
    [InlineData("See vols. 101112 of the series", "See vols. 101-112 of the series")]
    [InlineData("(pp. 10231045)", "(pp. 1023-1045)")]
    [InlineData("from 19041937 and 18201824", "from 1904-1937 and 1820-1824")]
    public void ARunThatCanOnlyBeARange_GetsItsHyphenBack(string text, string expected)
    {
        Assert.Equal(expected, JoinedRanges.Restore(text, out var restored));
        Assert.True(restored > 0);
    }

    [Theory]
    [InlineData("pp. 1718, 1720")] // four digits: page 1718 may be real
    [InlineData("p. 177181")] // a singular locator
    [InlineData("in 177181 copies")] // no locator, not two years
    [InlineData("from 19371904")] // descending
    [InlineData("from 12345678")] // halves not years
    [InlineData("pp. 98102")] // odd length: no one place to cut
    [InlineData("pp. 177-181")] // already a range
    [InlineData("pp. 177181-190")] // part of a longer range
    [InlineData("the sum of 1,857,186,745")] // separators
    [InlineData("pp. 177081")] // second half with a leading zero
    [InlineData("ISBN 978019284")] // nine digits
    [InlineData("1904.1937")] // a decimal
    public void ANumberThatMayBeOne_IsLeftAlone(string text)
    {
        Assert.Equal(text, JoinedRanges.Restore(text, out var restored));
        Assert.Equal(0, restored);
    }

    [Fact]
    public void ANoteWithAJoinedRange_ReadsWithTheRange()
    {
        const string text =
            "The rooms were let to the clerks of the department.1\n" +
            "1 Force, National Calendar for 1820, pp. 177181. Cash Book 18751877.\n\f";

        var note = Assert.Single(TextReading.Read(text).Blocks.OfType<FootnoteText>());

        Assert.Equal("Force, National Calendar for 1820, pp. 177-181. Cash Book 1875-1877.", ModelText.Plain(note.Content));
    }
}

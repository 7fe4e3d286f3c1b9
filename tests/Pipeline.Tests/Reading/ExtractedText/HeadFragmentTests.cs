using Pipeline.Reading.ExtractedText;

namespace Pipeline.Tests.Reading.ExtractedText;

/// <summary>A head's piece with no word in it, printed by pdftotext as a flow of its own, and the dealings that tie on it.</summary>
public sealed class HeadFragmentTests
{
    [Theory]
    [InlineData("30,", true)]
    [InlineData("1777", true)]
    [InlineData("4.", true)]
    [InlineData("Sept. 30,", false)]
    [InlineData("Court House, York Sept.", false)]
    public void AOneLineFlowWithNoLetter_IsAFragment(string text, bool fragment) =>
        Assert.Equal(fragment, HeadFragment.Is([new TextLine(1, text, 0, true)]));

    [Fact]
    public void TwoLinesOfNumbers_AreNotAFragment() =>
        Assert.False(HeadFragment.Is([new TextLine(1, "30,", 0, true), new TextLine(2, "1777", 0, false)]));

    public static TheoryData<int[], bool[], int?> Ties => new()
    {
        // Flow 2 a fragment, dealt left or right; flow 1 (printed before it) is right in both: right.
        { [0b0010, 0b0110], [false, false, true, false], 0b0110 },
        // The same, flow 1 left in both: the fragment goes left.
        { [0b1000, 0b1100], [false, false, true, false], 0b1000 },
        // The ties differ in a flow that is not a fragment: undecided.
        { [0b0010, 0b0110], [false, false, false, false], null },
        // They differ in a fragment and in the flow after it: undecided.
        { [0b0010, 0b0110, 0b1010], [false, false, true, false], null },
        // They differ in a fragment and in its predecessor: undecided.
        { [0b0010, 0b0100], [false, true, true, false], null },
        // A fragment printed first has no predecessor: undecided.
        { [0b0000, 0b0001], [true, false, false, false], null },
    };

    [Theory]
    [MemberData(nameof(Ties))]
    public void TiesThatDifferOnlyInAFragment_KeepItInItsPredecessorsColumn(int[] rights, bool[] fragments, int? settled) =>
        Assert.Equal(settled, HeadFragment.Settle([.. rights], [.. fragments]));
}

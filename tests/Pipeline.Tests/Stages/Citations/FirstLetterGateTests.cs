using Pipeline.Stages.Citations;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>
/// The gate may only turn a place away when no word can begin there: every place a word's first
/// letter stands, in either case, and every place when it cannot judge, is left to the pattern.
/// </summary>
public sealed class FirstLetterGateTests
{
    [Theory]
    [InlineData("ibid. 4", 0, true)]
    [InlineData("Ibid. 4", 0, true)]
    [InlineData("IBID. 4", 0, true)]
    [InlineData("see op. cit.", 4, true)]
    [InlineData("see op. cit.", 0, false)]
    [InlineData("Smith, 25.", 5, false)]
    [InlineData("ibid", 4, false)]
    public void TurnsAwayOnlyPlacesNoWordBegins(string text, int position, bool expected) =>
        Assert.Equal(expected, new FirstLetterGate(["ibid.", "op. cit."]).MayBeginAt(text, position));

    [Fact]
    public void LeavesEveryPlaceToThePatternWhenAWordBeginsWithNoAsciiLetter()
    {
        var gate = new FirstLetterGate(["ibid.", "ébid."]);
        Assert.True(gate.MayBeginAt("Smith", 0));
        Assert.True(gate.MayBeginAt("Smith".AsSpan()));
    }

    [Fact]
    public void LeavesEveryPlaceToThePatternWithoutWords() =>
        Assert.True(new FirstLetterGate([]).MayBeginAt("Smith", 0));

    [Fact]
    public void AnOpCitTitleIsStillFoundBehindItsGate()
    {
        Assert.True(CitationPatterns.English.IsOpCitTitle(" op. cit."));
        Assert.False(CitationPatterns.English.IsOpCitTitle("The Continental Congress"));
    }
}

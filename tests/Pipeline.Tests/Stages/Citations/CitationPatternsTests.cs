using System.Text.RegularExpressions;
using Pipeline.Stages.Citations;

namespace Pipeline.Tests.Stages.Citations;

/// <summary>
/// The anchored forms of the vocabulary patterns answer "does the word stand exactly here": the
/// same match as the unanchored pattern's first match from there, when that one starts there.
/// </summary>
public sealed class CitationPatternsTests
{
    private static readonly CitationPatterns Patterns = CitationPatterns.English;

    [Theory]
    [InlineData("Ibid., 12.", 0, "Ibid.,")]
    [InlineData("See ibid. 4.", 4, "ibid.")]
    [InlineData("Smith, 25; ibid., 30.", 11, "ibid.,")]
    [InlineData("Smith, 25; ibid., 30.", 0, null)]
    [InlineData("Smith, 25; ibid., 30.", 10, null)]
    [InlineData("Xibid., 3.", 1, null)]
    [InlineData("Ibidem, 4", 0, "Ibidem,")]
    [InlineData("Ibidems", 0, null)]
    public void IbidWordHere_MatchesOnlyAtThePosition(string text, int position, string? expected) =>
        Assert.Equal(expected, Here(Patterns.IbidWordHere, text, position));

    [Theory]
    [InlineData("See Smith, 25.", 0, "See")]
    [InlineData("Smith; see also Jones.", 7, "see also")]
    [InlineData("Smith; see also Jones.", 0, null)]
    [InlineData("Overseen by Smith.", 4, null)]
    [InlineData("See", 0, null)]
    public void CueWordHere_MatchesOnlyAtThePosition(string text, int position, string? expected) =>
        Assert.Equal(expected, Here(Patterns.CueWordHere, text, position));

    [Theory]
    [InlineData("a work entitled The Nine Capitols", 7, "entitled ")]
    [InlineData("a work entitled The Nine Capitols", 0, null)]
    [InlineData("a work reentitled The Nine", 9, null)]
    public void TitleCueHere_MatchesOnlyAtThePosition(string text, int position, string? expected) =>
        Assert.Equal(expected, Here(Patterns.TitleCueHere, text, position));

    [Theory]
    [InlineData("Smith, 25; ibid., 30. See also ibid. Cf. Jones, entitled Other Roads; see Ibid, 4.")]
    [InlineData("Ibid. Ibid., 2; ibid; IBID.; xibid; ibidem; see  also; entitled\tThe")]
    public void AnchoredPatterns_AgreeWithTheUnanchoredOnes_AtEveryPosition(string text)
    {
        (Regex Anywhere, Regex Here)[] pairs =
        [
            (Patterns.IbidWord, Patterns.IbidWordHere),
            (Patterns.CueWord, Patterns.CueWordHere),
            (Patterns.TitleCue, Patterns.TitleCueHere),
        ];
        foreach (var (anywhere, here) in pairs)
        {
            for (var position = 0; position <= text.Length; position++)
            {
                var first = anywhere.Match(text, position);
                var expected = first.Success && first.Index == position ? first.Value : null;
                Assert.Equal(expected, Here(here, text, position));
            }
        }
    }

    private static string? Here(Regex pattern, string text, int position) =>
        MatchRanges.At(pattern, text, position) is { } match ? text[match.Start..match.End] : null;
}

public sealed class NameWordGateTests
{
    private static readonly CitationPatterns Patterns = CitationPatterns.English;

    [Theory]
    [InlineData("Ibid.")]
    [InlineData("IBIDEM")]
    [InlineData("September")]
    [InlineData("Sept.")]
    [InlineData("See")]
    [InlineData("cf.")]
    [InlineData("op.")]
    [InlineData("loc.cit.")]
    [InlineData("Smith")]
    [InlineData("Mayhew")]
    [InlineData("Bruſh")]
    public void NameWordGate_OpensWheneverOneOfItsListsGatesDoes(string word)
    {
        var any = Patterns.IbidGate.MayOccurIn(word) || Patterns.MonthsGate.MayOccurIn(word) || Patterns.CueGate.MayOccurIn(word) || Patterns.OpCitGate.MayOccurIn(word);

        Assert.True(!any || Patterns.NameWordGate.MayOccurIn(word));
    }

    [Theory]
    [InlineData("Smith", true)]
    [InlineData("Mayhew", true)]
    [InlineData("Edmund C. Burnett", true)]
    [InlineData("Ibid.", false)]
    [InlineData("Smith May", false)]
    [InlineData("See Smith", false)]
    [InlineData("Smith XIV", false)]
    [InlineData("Smith Jones Brown Green White", false)]
    public void IsAuthorOnly_RefusesVocabularyWords(string names, bool expected) =>
        Assert.Equal(expected, NameScanner.IsAuthorOnly(names, Patterns));
}

using Pipeline.Stages.Dehyphenation;
using Pipeline.Tests.Support;

namespace Pipeline.Tests.Stages.Dehyphenation;

/// <summary>
/// The judge as OCR reflow uses it: built from the essay's text plus a page of recognised text whose
/// lines end in hyphens, it must give back the ground truth's spelling of each broken word.
/// </summary>
public sealed class OcrReflowJudgeTests : IClassFixture<SystemWordList>
{
    private readonly HunspellWordList _words;

    public OcrReflowJudgeTests(SystemWordList fixture) => _words = fixture.List;

    [Theory]
    [InlineData("sweep", "ing", "sweeping")]
    [InlineData("Pre", "sidium", "Presidium")]
    [InlineData("Stalin", "abad", "Stalinabad")]
    [InlineData("Stal", "inogorsk", "Stalinogorsk")]
    [InlineData("Vol", "gograd", "Volgograd")]
    [InlineData("de", "Stalinization", "de-Stalinization")]
    [InlineData("24,590", "foot", "24,590-foot")]
    public void Decide_AppendixPageBrokenAtLineEnds_GivesGroundTruthSpelling(string left, string right, string truth)
    {
        var groundTruth = File.ReadAllText(Path.Combine(SeedFiles.SeedDirectory, "appendix-2.gt.txt"));
        Assert.Contains(truth, groundTruth, StringComparison.Ordinal);
        var index = groundTruth.IndexOf(truth, StringComparison.Ordinal);
        var recognised = string.Concat(groundTruth.AsSpan(0, index), left + "-\n" + right, groundTruth.AsSpan(index + truth.Length));
        var judge = HyphenationJudge.Create([SeedFiles.SeedText, recognised], _words);

        var decision = judge.Decide(left, right);

        Assert.Equal(truth, decision == HyphenDecision.Join ? left + right : left + "-" + right);
    }

    [Fact]
    public void Decide_AppendixPageWithoutDictionary_StillGivesGroundTruthSpelling()
    {
        var groundTruth = File.ReadAllText(Path.Combine(SeedFiles.SeedDirectory, "appendix-2.gt.txt"));
        var judge = HyphenationJudge.Create([SeedFiles.SeedText, groundTruth], dictionary: null);
        (string Left, string Right, string Truth)[] breaks =
        [
            ("sweep", "ing", "sweeping"), ("Pre", "sidium", "Presidium"), ("Stalin", "abad", "Stalinabad"),
            ("Stal", "inogorsk", "Stalinogorsk"), ("Vol", "gograd", "Volgograd"), ("de", "Stalinization", "de-Stalinization"),
            ("24,590", "foot", "24,590-foot"),
        ];
        Assert.All(breaks, b => Assert.Equal(b.Truth, judge.Decide(b.Left, b.Right) == HyphenDecision.Join ? b.Left + b.Right : b.Left + "-" + b.Right));
    }
}

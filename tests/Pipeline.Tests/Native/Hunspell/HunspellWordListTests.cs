using Pipeline.Stages.Dehyphenation;
using Pipeline.Tests.Stages.Dehyphenation;

namespace Pipeline.Tests.Native.Hunspell;

public sealed class HunspellWordListTests : IClassFixture<SystemWordList>
{
    private readonly HunspellWordList _words;

    public HunspellWordListTests(SystemWordList fixture) => _words = fixture.List;

    [Fact]
    public void TryOpen_DebianFolder_LoadsBritishThenAmerican() =>
        Assert.Equal(["en_GB", "en_US"], _words.Languages.ToArray());

    [Theory]
    [InlineData("characterised")]
    [InlineData("characterized")]
    [InlineData("February")]
    [InlineData("sweeping")]
    [InlineData("Volgograd")]
    [InlineData("TERROR")]
    public void Contains_RealWord_True(string word) => Assert.True(_words.Contains(word));

    [Theory]
    [InlineData("acterised")]
    [InlineData("Febru")]
    [InlineData("Stalinogorsk")]
    [InlineData("february")]
    [InlineData("")]
    public void Contains_FragmentOrWrongCase_False(string word) => Assert.False(_words.Contains(word));

    [Fact]
    public void TryOpen_MissingFolder_ReturnsNullWithProblems()
    {
        var list = HunspellWordList.TryOpen("/nonexistent/hunspell", ["en_GB", "en_US"], out var problems);
        Assert.Null(list);
        Assert.Equal(2, problems.Length);
        Assert.Contains("en_GB", problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void TryOpen_OneLanguageMissing_OpensTheOther()
    {
        using var list = HunspellWordList.TryOpen("/usr/share/hunspell", ["xx_XX", "en_US"], out var problems);
        Assert.NotNull(list);
        Assert.Equal(["en_US"], list.Languages.ToArray());
        Assert.Single(problems);
        Assert.True(list.Contains("characterized"));
    }

    [Fact]
    public void Contains_CalledFromManyThreads_AgreesWithSequentialCalls()
    {
        string[] words = ["characterised", "acterised", "February", "Febru", "sweeping", "ing", "Presidium", "sidium"];
        var expected = words.Select(_words.Contains).ToArray();
        var results = new bool[64][];
        Parallel.For(0, results.Length, i => results[i] = [.. words.Select(_words.Contains)]);
        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.Equal([true, false, true, false, true, false, true, false], expected);
    }
}

using Pipeline.Stages.Dehyphenation;

namespace Pipeline.Tests.Stages.Dehyphenation;

public sealed class HyphenationJudgeTests : IClassFixture<SystemWordList>
{
    private readonly HunspellWordList _words;

    public HyphenationJudgeTests(SystemWordList fixture) => _words = fixture.List;

    [Fact]
    public void Judge_JoinedFormElsewhereInText_Joins()
    {
        var judge = HyphenationJudge.Create(["a process characterised by high fragility"], dictionary: null);
        Assert.Equal(new HyphenVerdict(HyphenDecision.Join, HyphenReason.JoinedFormInText), judge.Judge("char", "acterised"));
    }

    [Fact]
    public void Judge_HyphenatedFormElsewhereInText_KeepsHyphen()
    {
        var judge = HyphenationJudge.Create(["the socio-cultural reforms"], _words);
        Assert.Equal(new HyphenVerdict(HyphenDecision.KeepHyphen, HyphenReason.HyphenatedFormInText), judge.Judge("socio", "cultural"));
    }

    [Fact]
    public void Judge_BothFormsInText_MoreFrequentWins()
    {
        var judge = HyphenationJudge.Create(["re-form, reform and reform; the reform"], dictionary: null);
        Assert.Equal(HyphenReason.JoinedFormInText, judge.Judge("re", "form").Reason);
        Assert.Equal(HyphenDecision.Join, judge.Decide("re", "form"));

        var other = HyphenationJudge.Create(["re-form, re-form and reform"], dictionary: null);
        Assert.Equal(new HyphenVerdict(HyphenDecision.KeepHyphen, HyphenReason.HyphenatedFormInText), other.Judge("re", "form"));
    }

    [Fact]
    public void Judge_TextEvidence_IgnoresCaseAndTypographicApostrophes()
    {
        var judge = HyphenationJudge.Create(["KHRUSHCHEV’S speech and De-Stalinisation"], dictionary: null);
        Assert.Equal(new HyphenVerdict(HyphenDecision.Join, HyphenReason.JoinedFormInText), judge.Judge("Khrush", "chev's"));
        Assert.Equal(HyphenReason.HyphenatedFormInText, judge.Judge("de", "stalinisation").Reason);
    }

    [Fact]
    public void Judge_PartOfLongerCompoundInText_CountsAsEvidence()
    {
        var judge = HyphenationJudge.Create(["its Marxist-Leninist-style credentials"], dictionary: null);
        Assert.Equal(HyphenReason.HyphenatedFormInText, judge.Judge("marxist", "leninist").Reason);
    }

    [Fact]
    public void Judge_NextFragmentHyphenatedItself_KeepsHyphen()
    {
        var judge = HyphenationJudge.Create(["the names in the narrative"], _words);
        Assert.Equal(new HyphenVerdict(HyphenDecision.KeepHyphen, HyphenReason.HyphenatedFragment), judge.Judge("Ah", "kee-ko"));
        Assert.Equal(HyphenDecision.Join, judge.Decide("narra", "tive"));
    }

    [Fact]
    public void Create_WordSplitAtLineEnd_IsNoEvidenceForEitherForm()
    {
        var judge = HyphenationJudge.Create(["was char-\nacterised by", "the process of re-\nform"], dictionary: null);
        Assert.Equal(HyphenReason.BuiltInRule, judge.Judge("char", "acterised").Reason);
        Assert.Equal(HyphenReason.BuiltInRule, judge.Judge("re", "form").Reason);
    }

    [Theory]
    [InlineData("de", "Stalinisation")]
    [InlineData("Marxist", "Leninist")]
    [InlineData("Doering", "Manteuffel")]
    [InlineData("anti", "Soviet")]
    [InlineData("de", "Stalinization")]
    public void Judge_CapitalAfterHyphen_KeepsHyphen(string left, string right)
    {
        var judge = HyphenationJudge.Create([], _words);
        Assert.Equal(new HyphenVerdict(HyphenDecision.KeepHyphen, HyphenReason.CapitalAfterHyphen), judge.Judge(left, right));
    }

    [Theory]
    [InlineData("1953", "56")]
    [InlineData("24,590", "foot")]
    [InlineData("U", "2")]
    public void Judge_Digits_KeepsHyphen(string left, string right)
    {
        var judge = HyphenationJudge.Create([], _words);
        Assert.Equal(new HyphenVerdict(HyphenDecision.KeepHyphen, HyphenReason.Digits), judge.Judge(left, right));
    }

    [Fact]
    public void Judge_AllCapitalHeadline_CapitalIsNoEvidence()
    {
        var judge = HyphenationJudge.Create([], _words);
        Assert.Equal(new HyphenVerdict(HyphenDecision.Join, HyphenReason.JoinedWordInDictionary), judge.Judge("TER", "ROR"));
    }

    [Theory]
    [InlineData("char", "acterised")]
    [InlineData("Febru", "ary")]
    [InlineData("sweep", "ing")]
    [InlineData("Pre", "sidium")]
    [InlineData("Vol", "gograd")]
    [InlineData("implemen", "tations")]
    public void Judge_JoinedWordInDictionary_Joins(string left, string right)
    {
        var judge = HyphenationJudge.Create([], _words);
        Assert.Equal(new HyphenVerdict(HyphenDecision.Join, HyphenReason.JoinedWordInDictionary), judge.Judge(left, right));
    }

    [Theory]
    [InlineData("ninety", "five")]
    [InlineData("well", "known")]
    [InlineData("far", "reaching")]
    public void Judge_BothPartsWordsAndCompoundPlausible_KeepsHyphen(string left, string right)
    {
        var judge = HyphenationJudge.Create([], _words);
        Assert.Equal(new HyphenVerdict(HyphenDecision.KeepHyphen, HyphenReason.CompoundInDictionary), judge.Judge(left, right));
    }

    [Theory]
    [InlineData("Stal", "inogorsk")]
    [InlineData("Stalin", "ogorsk")]
    public void Judge_ProperNounUnknownToDictionary_JoinsLowerCaseFragment(string left, string right)
    {
        var judge = HyphenationJudge.Create([], _words);
        Assert.Equal(new HyphenVerdict(HyphenDecision.Join, HyphenReason.BuiltInRule), judge.Judge(left, right));
    }

    [Fact]
    public void Judge_ProperNounUsedElsewhereInText_Joins()
    {
        var judge = HyphenationJudge.Create(["renamed Stalinabad in 1929; Stalinogorsk became Novomoskovsk"], _words);
        Assert.Equal(new HyphenVerdict(HyphenDecision.Join, HyphenReason.JoinedFormInText), judge.Judge("Stalin", "abad"));
        Assert.Equal(new HyphenVerdict(HyphenDecision.Join, HyphenReason.JoinedFormInText), judge.Judge("Stal", "inogorsk"));
    }

    [Theory]
    [InlineData("ninety", "five", HyphenDecision.KeepHyphen)]
    [InlineData("non", "party", HyphenDecision.KeepHyphen)]
    [InlineData("self", "evident", HyphenDecision.KeepHyphen)]
    [InlineData("self", "ish", HyphenDecision.Join)]
    [InlineData("charac", "terised", HyphenDecision.Join)]
    [InlineData("sweep", "ing", HyphenDecision.Join)]
    public void Judge_NoDictionary_FallsBackToBuiltInRule(string left, string right, HyphenDecision expected)
    {
        var judge = HyphenationJudge.Create([], dictionary: null);
        Assert.False(judge.HasDictionary);
        Assert.Equal(new HyphenVerdict(expected, HyphenReason.BuiltInRule), judge.Judge(left, right));
    }

    [Fact]
    public void Judge_FragmentWithEarlierHyphen_DecidesOnItsLastPart()
    {
        var judge = HyphenationJudge.Create([], _words);
        Assert.Equal(HyphenDecision.Join, judge.Decide("socio-cul", "tural"));
        Assert.Equal(HyphenDecision.KeepHyphen, judge.Decide("Marxist-Lenin", "Stalinist"));
    }

    [Fact]
    public void Decide_OcrReflowWords_MatchTheGroundTruth()
    {
        var judge = HyphenationJudge.Create(
            ["Khrushchev attacked de-Stalinization critics on the 24,590-foot peak", "the Presidium met"], _words);
        Assert.Equal(HyphenDecision.Join, judge.Decide("sweep", "ing"));
        Assert.Equal(HyphenDecision.Join, judge.Decide("Pre", "sidium"));
        Assert.Equal(HyphenDecision.Join, judge.Decide("Stalin", "abad"));
        Assert.Equal(HyphenDecision.Join, judge.Decide("Stal", "inogorsk"));
        Assert.Equal(HyphenDecision.Join, judge.Decide("Vol", "gograd"));
        Assert.Equal(HyphenDecision.KeepHyphen, judge.Decide("de", "Stalinization"));
        Assert.Equal(HyphenDecision.KeepHyphen, judge.Decide("24,590", "foot"));
    }

    [Theory]
    [InlineData("re", "establishment")]
    [InlineData("re", "evaluating")]
    [InlineData("co", "operation")]
    public void Judge_PrefixVowelMeetsSameVowel_KeepsHyphen(string left, string right)
    {
        var judge = HyphenationJudge.Create([], _words);
        Assert.Equal(HyphenDecision.KeepHyphen, judge.Decide(left, right));
        Assert.Equal(HyphenDecision.KeepHyphen, HyphenationJudge.Create([], dictionary: null).Decide(left, right));
    }

    [Fact]
    public void Judge_TextEvidenceOutweighsCapitalRule()
    {
        var judge = HyphenationJudge.Create(["the Presidium and the Presidium again"], _words);
        Assert.Equal(new HyphenVerdict(HyphenDecision.Join, HyphenReason.JoinedFormInText), judge.Judge("Pre", "Sidium"));
    }

    [Fact]
    public void Judge_EmptyFragment_KeepsWhatIsThere()
    {
        var judge = HyphenationJudge.Create([], _words);
        Assert.Equal(HyphenDecision.KeepHyphen, judge.Decide("", "word"));
        Assert.Equal(HyphenDecision.KeepHyphen, judge.Decide("word", "-"));
    }
}

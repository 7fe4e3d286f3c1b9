using System.Collections.Immutable;
using Pipeline.Model;
using Pipeline.Stages.Structure.Language;

namespace Pipeline.Tests.Stages.Structure.Language;

public sealed class LanguageGuessTests
{
    private static readonly SourceSpan Span = new(1, 1, 1);

    public static TheoryData<string, string?> Texts => new()
    {
        { Repeat("The history of the house is that of the people who lived in it, and it was built by them for the town.", 5), "en" },
        { Repeat("Die Geschichte des Hauses ist die der Menschen, die in ihm lebten, und es wurde von ihnen für die Stadt gebaut.", 5), "de" },
        { Repeat("L'histoire de la maison est celle des gens qui y vivaient, et elle a été bâtie par eux pour la ville.", 6), "fr" },
        // Capitals and punctuation do not hide a function word: "THE", "Of," count.
        { Repeat("THE HISTORY OF THE HOUSE, IS THAT OF THE PEOPLE; AND IT WAS BUILT BY THEM.", 5), "en" },
        // Too little evidence: no guess.
        { "The house of the town.", null },
        // Two languages about even: no guess.
        { Repeat("The history of the house is that of the people. Die Geschichte des Hauses ist die der Menschen und der Stadt.", 5), null },
        // Words are runs of letters: digits, hyphens and apostrophes split them; letters beyond ASCII belong to them.
        { Repeat("the-of-and 1the2of3and théthe ofé", 12), "en" },
        { Repeat("Ἡ ἱστορία τοῦ οἴκου· 東京の歴史", 20), null },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Of_GuessesTheLeadingLanguage_OrNothing(string text, string? tag)
    {
        var guess = LanguageGuess.Of([new Paragraph([new Text(text)], Span)]);

        Assert.Equal(tag, guess?.Tag);
        if (guess is not null)
        {
            Assert.True(guess.Detected);
        }
    }

    [Fact]
    public void Of_CountsOnlyRunningText_AndStopsAfterItsWordLimit()
    {
        // 5,000 English words first, then far more German ones: only the first 5,000 words are read.
        ImmutableArray<Block> blocks =
        [
            new Heading(1, [new Text(Repeat("der die und", 400))], Span),
            new Paragraph([new Text(Repeat("the of and to in ", 1000))], Span),
            new Paragraph([new Text(Repeat("der die und den von ", 3000))], Span),
        ];

        Assert.Equal("en", LanguageGuess.Of(blocks)?.Tag);
    }

    [Fact]
    public void Of_WordsLongerThanAnyFunctionWord_AreCountedNotMatched()
    {
        var text = Repeat("Donaudampfschifffahrtsgesellschaftskapitän the", 40);

        Assert.Equal("en", LanguageGuess.Of([new Paragraph([new Text(text)], Span)])?.Tag);
    }

    [Fact]
    public void Of_CapitalsBeyondAscii_AreLowerCasedBeforeTheLookUp()
    {
        // "è" and "più" are Italian's only in these tables: in capitals they count only when lower-cased as Unicode does.
        var text = Repeat("È PIÙ Più casa", 12);

        Assert.Equal("it", LanguageGuess.Of([new Paragraph([new Text(text)], Span)])?.Tag);
    }

    [Fact]
    public void Of_AWordAsLongAsTheLongestFunctionWord_IsLookedUp()
    {
        // "werden" is the tables' longest function word: a word of its length is still a candidate.
        var text = Repeat("WERDEN Haus", 40);

        Assert.Equal("de", LanguageGuess.Of([new Paragraph([new Text(text)], Span)])?.Tag);
    }

    private static string Repeat(string sentence, int times) => string.Join(' ', Enumerable.Repeat(sentence, times));
}

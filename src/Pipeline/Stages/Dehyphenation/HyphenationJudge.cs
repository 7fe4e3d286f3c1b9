namespace Pipeline.Stages.Dehyphenation;

/// <summary>
/// Decides line-end hyphens from, in order: the rest of the text (is the joined or the hyphenated form
/// used elsewhere?), capitals and digits, an English word list, and a small built-in rule. Immutable
/// and thread-safe when its word list is.
/// </summary>
public sealed class HyphenationJudge : IHyphenationJudge
{
    private readonly Lexicon _lexicon;
    private readonly IWordList? _dictionary;

    private HyphenationJudge(Lexicon lexicon, IWordList? dictionary)
    {
        _lexicon = lexicon;
        _dictionary = dictionary;
    }

    /// <summary>True when a word list backs the judge; without one only text evidence and built-in rules apply.</summary>
    public bool HasDictionary => _dictionary is not null;

    /// <summary>
    /// Builds a judge from the document's text and an optional word list. Line ends in
    /// <paramref name="texts"/> are <c>'\n'</c>; the two fragments of a word split by a hyphen at a
    /// line end are not counted as evidence.
    /// </summary>
    public static HyphenationJudge Create(IEnumerable<string> texts, IWordList? dictionary)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return new HyphenationJudge(Lexicon.Build(texts), dictionary);
    }

    /// <inheritdoc />
    public HyphenDecision Decide(string left, string right) => Judge(left, right).Decision;

    /// <summary>The decision for "<paramref name="left"/>-" + "<paramref name="right"/>" and why.</summary>
    public HyphenVerdict Judge(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        left = left.TrimEnd('-', '\u2010', '\u2011', HyphenChars.SoftHyphen);
        right = right.TrimStart('-', '\u2010', '\u2011', HyphenChars.SoftHyphen);
        if (left.Length == 0 || right.Length == 0)
        {
            return new(HyphenDecision.KeepHyphen, HyphenReason.BuiltInRule);
        }

        return FromText(left, right)
            ?? FromCapitalsAndDigits(left, right)
            ?? FromHyphenatedFragment(right)
            ?? FromDictionary(LastPart(left), FirstPart(right))
            ?? new(BuiltInHyphenRules.Decide(LastPart(left), FirstPart(right)), HyphenReason.BuiltInRule);
    }

    private HyphenVerdict? FromText(string left, string right)
    {
        var verdict = Compare(_lexicon.Occurrences(left + right), _lexicon.Occurrences(left + "-" + right));
        if (verdict is not null)
        {
            return verdict;
        }

        // "Marxist-Lenin-" + "ist": the whole compound may be rarer than its last part.
        var (leftPart, rightPart) = (LastPart(left), FirstPart(right));
        return leftPart == left && rightPart == right
            ? null
            : Compare(_lexicon.Occurrences(leftPart + rightPart), _lexicon.Occurrences(leftPart + "-" + rightPart));
    }

    private static HyphenVerdict? Compare(int joined, int hyphenated) =>
        joined > hyphenated ? new(HyphenDecision.Join, HyphenReason.JoinedFormInText)
        : hyphenated > joined ? new(HyphenDecision.KeepHyphen, HyphenReason.HyphenatedFormInText)
        : null;

    private static HyphenVerdict? FromCapitalsAndDigits(string left, string right)
    {
        if (left.Any(char.IsDigit) || right.Any(char.IsDigit))
        {
            return new(HyphenDecision.KeepHyphen, HyphenReason.Digits);
        }

        // In an all-capitals headline a capital says nothing ("TER-" + "ROR").
        var first = right.FirstOrDefault(char.IsLetter);
        return char.IsUpper(first) && !(IsAllCapitals(left) && IsAllCapitals(right))
            ? new(HyphenDecision.KeepHyphen, HyphenReason.CapitalAfterHyphen)
            : null;
    }

    /// <summary>
    /// "Ah-" + "kee-ko": a word already hyphenated further on is a compound, broken at one of its own
    /// hyphens (typesetters break such words at their hyphens, not between syllables).
    /// </summary>
    private static HyphenVerdict? FromHyphenatedFragment(string right) =>
        WordForm.Parts(right).Length > 1 ? new(HyphenDecision.KeepHyphen, HyphenReason.HyphenatedFragment) : null;

    private HyphenVerdict? FromDictionary(string left, string right)
    {
        if (_dictionary is null)
        {
            return null;
        }

        var joinedIsWord = IsWord(left + right);
        var leftIsWord = IsWord(left);
        var rightIsWord = IsWord(right);
        if (joinedIsWord && !(leftIsWord && rightIsWord))
        {
            return new(HyphenDecision.Join, HyphenReason.JoinedWordInDictionary);
        }

        if (leftIsWord && rightIsWord
            && (!joinedIsWord || BuiltInHyphenRules.IsNumberCompound(left, right) || BuiltInHyphenRules.IsVowelClash(left, right)))
        {
            return new(HyphenDecision.KeepHyphen, HyphenReason.CompoundInDictionary);
        }

        return joinedIsWord
            ? new(HyphenDecision.Join, HyphenReason.JoinedWordInDictionary)
            : null;
    }

    private bool IsWord(string word)
    {
        var bare = word.Replace("\u2019", "'", StringComparison.Ordinal);
        return _dictionary!.Contains(bare)
            || (bare.EndsWith("'s", StringComparison.Ordinal) && _dictionary.Contains(bare[..^2]));
    }

    private static bool IsAllCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    private static string LastPart(string left)
    {
        var parts = WordForm.Parts(left);
        return parts.Length == 0 ? left : parts[^1];
    }

    private static string FirstPart(string right)
    {
        var parts = WordForm.Parts(right);
        return parts.Length == 0 ? right : parts[0];
    }
}

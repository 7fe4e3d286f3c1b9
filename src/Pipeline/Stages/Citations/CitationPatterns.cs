using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Pipeline.Language;

namespace Pipeline.Stages.Citations;

/// <summary>
/// The patterns the note parser matches, built once from a language's <see cref="CitationVocabulary"/>:
/// what stands for ibid and op. cit., what announces a reference, and what a locator looks like.
/// </summary>
internal sealed class CitationPatterns
{
    public CitationPatterns(CitationVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        Vocabulary = vocabulary;
        var ibid = Alternation(vocabulary.Ibid);
        var atStart = Alternation(vocabulary.IbidAtStart);
        var opCit = Alternation(vocabulary.OpCit);
        var locatorWord = Alternation(vocabulary.Locators);

        // A locator item: an optional word ("p.", "vol.", "ch.", "§"), then a number (arabic or roman),
        // a range, "ff."; items separated by commas, colons or "and". It must end the citation: a full
        // stop, semicolon, closing bracket or the end of the text follows. A roman number is a whole
        // word of numeral letters: otherwise the empty numeral before "Medvedev" made every name
        // that starts with M, D, C, L, X, V or I read as a locator.
        var number = @"(?:\d+[a-z]?\b|(?=[MDCLXVI]+\b)M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})\b|(?=[mdclxvi]+\b)m*(?:c[md]|d?c{0,3})(?:x[cl]|l?x{0,3})(?:i[xv]|v?i{0,3})\b)";
        var item = $@"(?:(?:{locatorWord})\s*)?{number}(?:\s*[-–—]\s*{number})?(?:\s*ff?\.)?";
        var list = $@"{item}(?:\s*(?:[,:]|and|&)\s*{item})*";
        // A letter or a day's proceedings may close with its date: "XXVIII, 207-208, March 28, 1785".
        var date = $@"(?:,\s*(?:{Alternation(vocabulary.Months)})\s+\d{{1,2}},?\s+\d{{4}})?";
        Locator = new Regex($@"\G\s*[,:.]?\s*(?:\[{list}\]|{list}){date}(?=\s*(?:[.;)\]]|:\s|$))", Options);
        LocatorStart = new Regex($@"\G(?:(?:{locatorWord})\s*)?{number}\b", Options);
        _locatorWords = vocabulary.Locators;
        _locatorFirsts = SearchValues.Create([.. vocabulary.Locators.Select(w => w[0]).Distinct()]);

        var ibidWord = $@"(?<![\p{{L}}\p{{N}}])(?:{ibid})(?:\s*[.,])*";
        IbidWord = new Regex(ibidWord, Options | RegexOptions.IgnoreCase);
        IbidWordHere = new Regex(@"\G" + ibidWord, Options | RegexOptions.IgnoreCase);
        IbidAtStartWord = new Regex($@"\G(?:{atStart})(?:\s*[.,])*(?=\s|$)", Options | RegexOptions.IgnoreCase);
        OpCitWord = new Regex($@"\G[,.]?\s*(?:{opCit})(?:\s*[.,])*", Options | RegexOptions.IgnoreCase);
        OpCitAnywhere = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{opCit})", Options | RegexOptions.IgnoreCase);
        // A title candidate has lost its closing full stop: "op. cit" ends it as well as "op. cit.".
        var opCitBare = Alternation([.. vocabulary.OpCit.Select(w => w.TrimEnd('.'))]);
        OpCitAtEndGate = new WordGate([.. vocabulary.OpCit.Select(w => w.TrimEnd('.'))]);
        OpCitAtEnd = new Regex($@",?\s*(?:{opCitBare})\.?\s*[.,]*\s*$", Options | RegexOptions.IgnoreCase);
        OpCitTitle = new Regex($@"^\s*(?:{opCit})\s*[.,]*\s*$", Options | RegexOptions.IgnoreCase);
        Cue = new Regex($@"(?<![\p{{L}}])(?:{Alternation(vocabulary.Cues)})\s*$", Options | RegexOptions.IgnoreCase);
        var cueWord = $@"(?<![\p{{L}}])(?:{Alternation(vocabulary.Cues)})(?=\s)";
        CueWord = new Regex(cueWord, Options | RegexOptions.IgnoreCase);
        CueWordHere = new Regex(@"\G" + cueWord, Options | RegexOptions.IgnoreCase);
        Hereafter = new Regex($@"(?<![\p{{L}}])(?:{Alternation(vocabulary.Hereafter)})\b", Options | RegexOptions.IgnoreCase);
        // The words before a plain short form: "Hereafter cited as ", "Hereafter John Tanner's Narrative will be cited as ".
        Announcement = new Regex($@"(?<![\p{{L}}])(?:{Alternation(vocabulary.Hereafter)})(?:[^.;\[\]]{{0,80}}?\bas\b)?\s+", Options | RegexOptions.IgnoreCase);
        var titleCue = $@"(?<![\p{{L}}])(?:{Alternation(vocabulary.TitleCues)})\s+";
        TitleCue = new Regex(titleCue, Options | RegexOptions.IgnoreCase);
        TitleCueHere = new Regex(@"\G" + titleCue, Options | RegexOptions.IgnoreCase);
        ContainerStart = new Regex($@",\s+(?:{Alternation(vocabulary.ContainerWords)})\s+(?=\p{{Lu}})", Options);
        EditorAfterNames = new Regex($@"\G,\s*(?:{Alternation(vocabulary.EditedBy)}),\s+", Options);
        CitedAs = new Regex(@"\bcited\s+as\s*$|\bas\s*$", Options | RegexOptions.IgnoreCase);
        Months = new Regex($@"\b(?:{Alternation(vocabulary.Months)})(?![\p{{L}}])", Options);
        PeriodicalWord = new Regex($@"(?:^|\s)(?:{Alternation(vocabulary.PeriodicalWords)})(?:\s|$)", Options);
        IbidGate = new WordGate(vocabulary.Ibid);
        OpCitGate = new WordGate(vocabulary.OpCit);
        CueGate = new WordGate(vocabulary.Cues);
        HereafterGate = new WordGate(vocabulary.Hereafter);
        TitleCueGate = new WordGate(vocabulary.TitleCues);
        MonthsGate = new WordGate(vocabulary.Months);
        NameWordGate = new WordGate([.. vocabulary.Ibid, .. vocabulary.Months, .. vocabulary.Cues, .. vocabulary.OpCit]);
        BodyWords = vocabulary.BodyWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _ibidFirst = new FirstLetterGate(vocabulary.Ibid);
        _ibidAtStartFirst = new FirstLetterGate(vocabulary.IbidAtStart);
        _opCitFirst = new FirstLetterGate(vocabulary.OpCit);
        _cueFirst = new FirstLetterGate(vocabulary.Cues);
        _titleCueFirst = new FirstLetterGate(vocabulary.TitleCues);
    }

    private readonly FirstLetterGate _ibidFirst;
    private readonly FirstLetterGate _ibidAtStartFirst;
    private readonly FirstLetterGate _opCitFirst;
    private readonly FirstLetterGate _cueFirst;
    private readonly FirstLetterGate _titleCueFirst;

    /// <summary><see cref="IbidWordHere"/>'s match at <paramref name="position"/>, run only where an ibid word can begin.</summary>
    public TextRange? IbidWordAt(string text, int position) =>
        _ibidFirst.MayBeginAt(text, position) ? MatchRanges.At(IbidWordHere, text, position) : null;

    /// <summary><see cref="IbidAtStartWord"/>'s match at <paramref name="position"/>, run only where such a word can begin.</summary>
    public TextRange? IbidAtStartWordAt(string text, int position) =>
        _ibidAtStartFirst.MayBeginAt(text, position) ? MatchRanges.At(IbidAtStartWord, text, position) : null;

    /// <summary><see cref="CueWordHere"/>'s match at <paramref name="position"/>, run only where a cue can begin.</summary>
    public TextRange? CueWordAt(string text, int position) =>
        _cueFirst.MayBeginAt(text, position) ? MatchRanges.At(CueWordHere, text, position) : null;

    /// <summary><see cref="TitleCueHere"/>'s match at <paramref name="position"/>, run only where a title cue can begin.</summary>
    public TextRange? TitleCueAt(string text, int position) =>
        _titleCueFirst.MayBeginAt(text, position) ? MatchRanges.At(TitleCueHere, text, position) : null;

    /// <summary><see cref="OpCitTitle"/> on <paramref name="title"/>, run only when its first letter may begin op. cit.</summary>
    public bool IsOpCitTitle(ReadOnlySpan<char> title)
    {
        var trimmed = title.TrimStart();
        return _opCitFirst.MayBeginAt(trimmed) && OpCitTitle.IsMatch(title);
    }

    /// <summary>
    /// <see cref="OpCitWord"/>'s match at <paramref name="position"/>, run only where its word can begin
    /// after the separator and white space the pattern allows before it.
    /// </summary>
    public TextRange? OpCitWordAt(string text, int position)
    {
        var at = position;
        if (at < text.Length && text[at] is ',' or '.')
        {
            at++;
        }

        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return _opCitFirst.MayBeginAt(text, at) ? MatchRanges.At(OpCitWord, text, position) : null;
    }

    public static CitationPatterns English { get; } = new(EnglishCitations.Vocabulary);

    public CitationVocabulary Vocabulary { get; }

    /// <summary>A locator that ends the citation, anchored at the cursor (with its leading separator).</summary>
    public Regex Locator { get; }

    /// <summary>Where a locator could begin: its word or its number, anchored.</summary>
    public Regex LocatorStart { get; }

    private readonly ImmutableArray<string> _locatorWords;
    private readonly SearchValues<char> _locatorFirsts;

    /// <summary>
    /// <see cref="Locator"/>'s match at <paramref name="position"/>, if any. Most places tried hold
    /// no locator, and the pattern is only run where one can begin (see <see cref="MayOpenLocatorItem"/>).
    /// </summary>
    public TextRange? LocatorAt(string text, int position)
    {
        // The pattern's lead-in, "\s*[,:.]?\s*" and an optional "[", can only end in one place.
        var at = position;
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        if (at < text.Length && text[at] is ',' or ':' or '.')
        {
            at++;
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }
        }

        if (at < text.Length && text[at] == '[')
        {
            at++;
        }

        return MayOpenLocatorItem(text.AsSpan(at)) ? MatchRanges.At(Locator, text, position) : null;
    }

    /// <summary>
    /// False only when no locator item (a locator word, a number, a roman numeral as a whole word)
    /// can begin the text: the cheap test that spares the locator patterns most of the places they
    /// are tried at. True says only that the pattern has to decide.
    /// </summary>
    public bool MayOpenLocatorItem(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        var first = text[0];
        if (char.IsDigit(first) || MayBeRoman(text, "MDCLXVI") || MayBeRoman(text, "mdclxvi"))
        {
            return true;
        }

        if (!_locatorFirsts.Contains(first))
        {
            return false;
        }

        foreach (var word in _locatorWords)
        {
            // A word with a space matches any white space there: left to the pattern.
            if (word.Contains(' ', StringComparison.Ordinal) || text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>False when the text does not open with a whole word of the numeral letters (a letter or digit follows the run).</summary>
    private static bool MayBeRoman(ReadOnlySpan<char> text, string numerals)
    {
        var run = text.IndexOfAnyExcept(numerals);
        return run != 0 && (run < 0 || !char.IsLetterOrDigit(text[run]));
    }

    /// <summary>Ibid anywhere, as a word, with the full stops and commas that follow it.</summary>
    public Regex IbidWord { get; }

    /// <summary>
    /// <see cref="IbidWord"/> anchored at the cursor: whether ibid stands exactly there. Asked at
    /// every place a citation may start, where the unanchored pattern scanned the rest of the note
    /// for a later match only to throw it away.
    /// </summary>
    public Regex IbidWordHere { get; }

    /// <summary>"Id." and the like, anchored: they stand for ibid only where a citation starts.</summary>
    public Regex IbidAtStartWord { get; }

    /// <summary>"op. cit." after an author or a title, anchored, with its separator.</summary>
    public Regex OpCitWord { get; }

    /// <summary>"op. cit." anywhere, as a word.</summary>
    public Regex OpCitAnywhere { get; }

    /// <summary>"op. cit." closing a title candidate: "*The Continental Congress, op. cit.,*".</summary>
    public Regex OpCitAtEnd { get; }

    /// <summary>Whether an op. cit. word, its last full stop optional, may stand in a text: tested before <see cref="OpCitAtEnd"/>.</summary>
    public WordGate OpCitAtEndGate { get; }

    /// <summary>A title candidate (an italic run) that holds nothing but "op. cit.".</summary>
    public Regex OpCitTitle { get; }

    /// <summary>A word that announces a reference, at the end of the text before it.</summary>
    public Regex Cue { get; }

    /// <summary>A word that announces a reference, anywhere.</summary>
    public Regex CueWord { get; }

    /// <summary><see cref="CueWord"/> anchored at the cursor: whether a cue stands exactly there.</summary>
    public Regex CueWordHere { get; }

    /// <summary>"Hereafter (cited as)", announcing the short form a work is cited by from here on.</summary>
    public Regex Hereafter { get; }

    /// <summary>"Hereafter (… cited as)" with the space after it, where a short form given in plain words begins.</summary>
    public Regex Announcement { get; }

    /// <summary>"entitled " and the like, after which a plain title may stand in running prose.</summary>
    public Regex TitleCue { get; }

    /// <summary><see cref="TitleCue"/> anchored at the cursor: whether a title cue begins exactly there.</summary>
    public Regex TitleCueHere { get; }

    /// <summary>", in " before a capital: the container of a piece, whose plain reference may start there.</summary>
    public Regex ContainerStart { get; }

    /// <summary>", ed., " after a name, anchored at the comma: the names are the editors', the title follows.</summary>
    public Regex EditorAfterNames { get; }

    /// <summary>The "cited as" / "as" that ends the words between "hereafter" and the short form.</summary>
    public Regex CitedAs { get; }

    /// <summary>A month or season name.</summary>
    public Regex Months { get; }

    /// <summary>A word that marks a title as a periodical's ("Times", "Journal", "Review").</summary>
    public Regex PeriodicalWord { get; }

    /// <summary>Whether an ibid word may stand in a text: tested before <see cref="IbidWord"/> is scanned over it.</summary>
    public WordGate IbidGate { get; }

    /// <summary>Whether an op. cit. word may stand in a text: tested before <see cref="OpCitAnywhere"/> is scanned over it.</summary>
    public WordGate OpCitGate { get; }

    /// <summary>Whether a cue may stand in a text: tested before <see cref="CueWord"/> is scanned over it.</summary>
    public WordGate CueGate { get; }

    /// <summary>Whether "hereafter" may stand in a text: tested before <see cref="Hereafter"/> and <see cref="Announcement"/>.</summary>
    public WordGate HereafterGate { get; }

    /// <summary>Whether a title cue may stand in a text: tested before <see cref="TitleCue"/> is scanned over it.</summary>
    public WordGate TitleCueGate { get; }

    /// <summary>Whether a month may stand in a text: tested before <see cref="Months"/> is run on it.</summary>
    public WordGate MonthsGate { get; }

    /// <summary>
    /// Whether any ibid, month, cue or op. cit. word may stand in a text: true whenever one of their
    /// own gates is, so a name word it turns away needs none of the four tested.
    /// </summary>
    public WordGate NameWordGate { get; }

    /// <summary>The words that make a name a body's, looked up by span.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BodyWords { get; }

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>The words as one alternation, longest first, spaces inside a word matching any white space.</summary>
    private static string Alternation(ImmutableArray<string> words)
    {
        var builder = new StringBuilder();
        foreach (var word in words.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal))
        {
            if (builder.Length > 0)
            {
                builder.Append('|');
            }

            var escaped = Regex.Escape(word).Replace(@"\ ", @"\s*", StringComparison.Ordinal);
            builder.Append(escaped);
            if (char.IsLetter(word[^1]))
            {
                builder.Append(@"(?![\p{L}])");
            }
        }

        return builder.ToString();
    }
}

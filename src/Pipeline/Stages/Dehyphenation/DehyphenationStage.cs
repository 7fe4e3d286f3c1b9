using System.Collections.Immutable;
using Pipeline.Model;

namespace Pipeline.Stages.Dehyphenation;

/// <summary>
/// Turns every soft and page line end into a space, or, after a hyphen, joins the word (syllable
/// break) or keeps the hyphen (real compound), as an <see cref="HyphenationJudge"/> built from the
/// document's own words and the Hunspell word lists decides. Hard line ends stay.
/// </summary>
public sealed class DehyphenationStage : IStage
{
    /// <summary>Warning: no word list could be loaded; decisions rest on the text and built-in rules.</summary>
    public const string DictionaryMissingCode = "HYPH001";

    /// <summary>Info: how many line ends and hyphens were resolved.</summary>
    public const string SummaryCode = "HYPH002";

    /// <summary>Info: a line-end hyphen decided by the built-in rule alone, with the line it ended.</summary>
    public const string UncertainCode = "HYPH003";

    private readonly Lazy<(IWordList? WordList, ImmutableArray<string> Problems)> _wordList;

    /// <summary>A stage that opens the Hunspell dictionaries named by the options on first use.</summary>
    public DehyphenationStage(DehyphenationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _wordList = new(() =>
        {
            var list = HunspellWordList.TryOpen(options, out var problems);
            return (list, problems);
        });
    }

    /// <summary>A stage with a given word list (null: none, with a warning per document).</summary>
    public DehyphenationStage(IWordList? wordList) =>
        _wordList = new((wordList, wordList is null ? ["No word list was given."] : []));

    public string Name => "dehyphenation";

    public ValueTask<Document> RunAsync(Document document, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        var (wordList, problems) = _wordList.Value;
        if (wordList is null)
        {
            context.Diagnostics.Warning(
                DictionaryMissingCode,
                0,
                "No English word list for de-hyphenation (" + string.Join(" ", problems)
                + "); line-end hyphens are judged from the document's own words and capitalisation only.");
        }

        var judge = HyphenationJudge.Create(DocumentTexts.Collect(document), wordList);
        var dehyphenator = new SequenceDehyphenator(judge);
        var result = BlockInlines.Map(document, dehyphenator.Resolve);
        var tally = dehyphenator.Tally;
        if (tally.HyphenLineEnds > 0)
        {
            result = result with
            {
                Metadata = result.Metadata with
                {
                    Editorial = result.Metadata.Editorial.Add(new EditorialNote(
                        EditorialKind.Hyphenation,
                        "End-of-line hyphenation has been removed: words broken across lines are joined, "
                        + "and hyphens of real compounds at line ends are kept.")),
                },
            };
        }

        foreach (var uncertain in dehyphenator.Uncertain)
        {
            context.Diagnostics.Info(
                UncertainCode,
                uncertain.Line,
                $"\"{uncertain.Left}-\" + \"{uncertain.Right}\" read as \"{uncertain.Result}\" with no support from the text or the word list.");
        }

        context.Diagnostics.Info(
            SummaryCode,
            0,
            $"De-hyphenation: {tally.LineEnds} line ends resolved, {tally.HyphenLineEnds} ended in a hyphen "
            + $"({tally.Joined} joined, {tally.Kept} kept as compounds).");
        return ValueTask.FromResult(result);
    }
}

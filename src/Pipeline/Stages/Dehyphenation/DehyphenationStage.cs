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
    private readonly Task<(IWordList? WordList, ImmutableArray<string> Problems)> _wordList;

    /// <summary>
    /// A stage that starts opening the Hunspell dictionaries named by the options at once, on a thread of
    /// its own; the first document to need them waits for them.
    /// </summary>
    public DehyphenationStage(DehyphenationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Parsing the dictionaries (en_GB and en_US: 2 MB of word lists) is the largest single cost of a cold
        // start, most of a one-document run's CPU. Begun as the stage is built, it overlaps whatever comes
        // before the first de-hyphenation (finding, hashing and reading the documents) on the other core.
        // The dictionaries are opened one after the other: Hunspell fills a process-wide table on first
        // use without a lock. Continuations run asynchronously, so the documents waiting for the word list
        // go on in parallel on the pool, not one after another on this thread.
        _wordList = Task.Factory.StartNew(
            () =>
            {
                var list = HunspellWordList.TryOpen(options, out var problems);
                return ((IWordList?)list, problems);
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning | TaskCreationOptions.RunContinuationsAsynchronously,
            TaskScheduler.Default);
    }

    /// <summary>A stage with a given word list (null: none, with a warning per document).</summary>
    public DehyphenationStage(IWordList? wordList) =>
        _wordList = Task.FromResult((wordList, wordList is null ? ImmutableArray.Create("No word list was given.") : []));

    public string Name => "dehyphenation";

    public async ValueTask<Document> RunAsync(Document document, StageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        var (wordList, problems) = await _wordList.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (wordList is null)
        {
            context.Diagnostics.Warning(
                DehyphenationCodes.DictionaryMissing,
                0,
                "No English word list for de-hyphenation (" + string.Join(" ", problems)
                + "); line-end hyphens are judged from the document's own words and capitalisation only.");
        }

        var dehyphenator = new SequenceDehyphenator(() => HyphenationJudge.Create(DocumentTexts.Collect(document), wordList));
        var result = new SequenceRewriter(dehyphenator.Resolve).Map(document);
        var tally = dehyphenator.Tally;
        // Declared even when the scrape had no hyphen at a line end: the TEI never carries one
        // (eol="none"), and a reader of the header should not have to guess why.
        var statement = tally.HyphenLineEnds > 0
            ? "End-of-line hyphenation has been removed: words broken across lines are joined, "
              + "and hyphens of real compounds at line ends are kept."
            : "The source had no end-of-line hyphenation; line ends are not encoded.";
        if (!result.Metadata.Editorial.Any(n => n.Kind == EditorialKind.Hyphenation))
        {
            var editorial = result.Metadata.Editorial.Add(new EditorialNote(EditorialKind.Hyphenation, statement));
            result = result with { Metadata = result.Metadata with { Editorial = editorial } };
        }

        foreach (var uncertain in dehyphenator.Uncertain)
        {
            context.Diagnostics.Info(
                DehyphenationCodes.Uncertain,
                uncertain.Line,
                $"\"{uncertain.Left}-\" + \"{uncertain.Right}\" read as \"{uncertain.Result}\" with no support from the text or the word list.");
        }

        context.Diagnostics.Info(
            DehyphenationCodes.Summary,
            0,
            $"De-hyphenation: {tally.LineEnds} line ends resolved, {tally.HyphenLineEnds} ended in a hyphen "
            + $"({tally.Joined} joined, {tally.Kept} kept as compounds).");
        return result;
    }
}

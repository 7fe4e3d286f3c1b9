using System.Globalization;
using Pipeline.Batch;
using Pipeline.Cli.CommandLine;

namespace Pipeline.Cli.Commands.Convert;

/// <summary>
/// Progress as one plain line per document, for logs and pipes (no terminal, no colours), each followed
/// by the document's first warnings and errors (<see cref="DiagnosticLines"/>); with <c>-q</c> only
/// failed documents are listed.
/// </summary>
internal sealed class PlainLineObserver(TextWriter writer, Verbosity verbosity) : IBatchObserver
{
    private readonly Lock _lock = new();
    private int _total;
    private int _done;

    public void Started(int documents)
    {
        lock (_lock)
        {
            _total = documents;
            if (verbosity != Verbosity.Quiet)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"converting {documents} document(s)"));
            }
        }
    }

    public void Completed(DocumentOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        lock (_lock)
        {
            _done++;
            if (verbosity == Verbosity.Quiet && outcome.Status != DocumentStatus.Failed)
            {
                return;
            }

            var width = _total.ToString(CultureInfo.InvariantCulture).Length;
            var line = string.Create(CultureInfo.InvariantCulture,
                $"[{_done.ToString(CultureInfo.InvariantCulture).PadLeft(width)}/{_total}] {StatusWord(outcome.Status)} {outcome.Id} ({outcome.Milliseconds} ms, {outcome.Notes} notes, {outcome.Warnings} warnings, {outcome.Errors} errors)");
            writer.WriteLine(line);
            foreach (var diagnostic in DiagnosticLines.For(outcome, verbosity))
            {
                writer.WriteLine(diagnostic);
            }
        }
    }

    private static string StatusWord(DocumentStatus status) => status switch
    {
        DocumentStatus.Converted => "converted",
        DocumentStatus.Skipped => "unchanged",
        _ => "FAILED",
    };
}

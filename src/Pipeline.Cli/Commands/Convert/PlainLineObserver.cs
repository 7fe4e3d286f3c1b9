using System.Globalization;
using Pipeline.Batch;

namespace Pipeline.Cli.Commands.Convert;

/// <summary>
/// Progress as one plain line per document, for logs and pipes (no terminal, no colours), each followed
/// by the document's warnings and errors as <c>document:line: severity code: message</c>.
/// </summary>
internal sealed class PlainLineObserver(TextWriter writer) : IBatchObserver
{
    private readonly Lock _lock = new();
    private int _total;
    private int _done;

    public void Started(int documents)
    {
        lock (_lock)
        {
            _total = documents;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"converting {documents} document(s)"));
        }
    }

    public void Completed(DocumentOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        lock (_lock)
        {
            _done++;
            var width = _total.ToString(CultureInfo.InvariantCulture).Length;
            var line = string.Create(CultureInfo.InvariantCulture,
                $"[{_done.ToString(CultureInfo.InvariantCulture).PadLeft(width)}/{_total}] {StatusWord(outcome.Status)} {outcome.Id} ({outcome.Milliseconds} ms, {outcome.Notes} notes, {outcome.Warnings} warnings, {outcome.Errors} errors)");
            writer.WriteLine(line);
            foreach (var diagnostic in outcome.Diagnostics.Where(d => d.Severity != Diagnostics.Severity.Info))
            {
                writer.WriteLine("    " + diagnostic);
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

using System.Globalization;
using Pipeline.Batch;
using Pipeline.Cli.CommandLine;
using Pipeline.Diagnostics;

namespace Pipeline.Cli.Commands.Convert;

/// <summary>
/// A document's warnings and errors as indented <c>document:line: severity code: message</c> lines: the
/// first few by default (errors first), all of them with <c>-v</c>, only errors with <c>-q</c>.
/// </summary>
internal static class DiagnosticLines
{
    /// <summary>How many diagnostics a document shows without <c>-v</c>.</summary>
    public const int FirstFew = 3;

    public static IEnumerable<string> For(DocumentOutcome outcome, Verbosity verbosity)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var shown = outcome.Diagnostics
            .Where(d => verbosity switch
            {
                Verbosity.Quiet => d.Severity == Severity.Error,
                Verbosity.Verbose => true,
                _ => d.Severity != Severity.Info,
            })
            .OrderByDescending(d => d.Severity == Severity.Error)
            .ToList();
        var limit = verbosity == Verbosity.Verbose ? shown.Count : FirstFew;
        foreach (var diagnostic in shown.Take(limit))
        {
            yield return "    " + diagnostic;
        }

        if (shown.Count > limit)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"    … and {shown.Count - limit} more (-v shows all)");
        }
    }
}

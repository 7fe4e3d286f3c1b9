using Pipeline.Cli.CommandLine;
using Pipeline.Validation;

namespace Pipeline.Cli.Commands.Validate;

/// <summary>
/// Validates TEI files against the project's schema and prints each problem as
/// <c>file:line:column: severity: message</c>, then a verdict per file (not with <c>-q</c>).
/// <c>-</c> validates standard input. Exit code 0 when all are valid, 2 otherwise, 1 with no file.
/// </summary>
internal sealed class ValidateRun(TextWriter output, bool quiet = false)
{
    public async Task<int> ExecuteAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (files.Count == 0)
        {
            await output.WriteLineAsync("error: give at least one TEI file.").ConfigureAwait(false);
            return ExitCodes.CouldNotRun;
        }

        var validator = new TeiValidator();
        var invalid = 0;
        foreach (var file in files)
        {
            var fromStdin = StandardStreams.IsDash(file);
            if (!fromStdin && !File.Exists(file))
            {
                await output.WriteLineAsync($"{file}: error: file not found").ConfigureAwait(false);
                invalid++;
                continue;
            }

            var issues = fromStdin
                ? validator.Validate(new MemoryStream(await StandardStreams.ReadInputAsync(cancellationToken).ConfigureAwait(false)))
                : await validator.ValidateFileAsync(file, cancellationToken).ConfigureAwait(false);
            foreach (var issue in issues)
            {
                await output.WriteLineAsync($"{file}:{issue}").ConfigureAwait(false);
            }

            var valid = !issues.Any(i => i.Severity == Diagnostics.Severity.Error);
            invalid += valid ? 0 : 1;
            if (!quiet)
            {
                await output.WriteLineAsync($"{file}: {(valid ? "valid" : "invalid")}").ConfigureAwait(false);
            }
        }

        return invalid == 0 ? ExitCodes.Ok : ExitCodes.SomeNotFine;
    }
}

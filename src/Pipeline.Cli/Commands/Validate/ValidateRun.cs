using Pipeline.Validation;

namespace Pipeline.Cli.Commands.Validate;

/// <summary>
/// Validates TEI files against the project's schema and prints each problem as
/// <c>file:line:column: severity: message</c>. Exit code 0 when all are valid, 2 otherwise.
/// </summary>
internal sealed class ValidateRun
{
    private readonly TextWriter _out;

    public ValidateRun(TextWriter output) => _out = output;

    public async Task<int> ExecuteAsync(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            await _out.WriteLineAsync("error: give at least one TEI file.").ConfigureAwait(false);
            return 1;
        }

        var validator = new TeiValidator();
        var invalid = 0;
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                await _out.WriteLineAsync($"{file}: error: file not found").ConfigureAwait(false);
                invalid++;
                continue;
            }

            var issues = await validator.ValidateFileAsync(file, cancellationToken).ConfigureAwait(false);
            foreach (var issue in issues)
            {
                await _out.WriteLineAsync($"{file}:{issue}").ConfigureAwait(false);
            }

            var valid = !issues.Any(i => i.Severity == Diagnostics.Severity.Error);
            invalid += valid ? 0 : 1;
            await _out.WriteLineAsync($"{file}: {(valid ? "valid" : "invalid")}").ConfigureAwait(false);
        }

        return invalid == 0 ? 0 : 2;
    }
}

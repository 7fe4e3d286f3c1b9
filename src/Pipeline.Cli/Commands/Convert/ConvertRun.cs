using Pipeline.Conversion;
using Pipeline.Diagnostics;

namespace Pipeline.Cli.Commands.Convert;

/// <summary>
/// Converts documents one after another and writes each one that succeeds. Exit code 0 when all
/// converted, 2 when some failed, 1 when the run could not start.
/// </summary>
internal sealed class ConvertRun
{
    private readonly TextWriter _out;

    public ConvertRun(TextWriter output) => _out = output;

    public async Task<int> ExecuteAsync(IReadOnlyList<string> inputs, string? outputDirectory, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(outputDirectory))
        {
            await _out.WriteLineAsync("error: --out <DIR> is required.").ConfigureAwait(false);
            return 1;
        }

        if (inputs.Count == 0)
        {
            await _out.WriteLineAsync("error: give at least one document, corpus folder or file.").ConfigureAwait(false);
            return 1;
        }

        try
        {
            Directory.CreateDirectory(outputDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await _out.WriteLineAsync($"error: cannot create {outputDirectory}: {e.Message}").ConfigureAwait(false);
            return 1;
        }

        var (documents, problems) = DocumentDiscovery.Expand(inputs);
        foreach (var problem in problems)
        {
            await _out.WriteLineAsync(problem).ConfigureAwait(false);
        }

        using var converter = new DocumentConverter();
        var options = new ConversionOptions();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var converted = 0;
        foreach (var path in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await converter.ConvertAsync(path, options, cancellationToken).ConfigureAwait(false);
            await PrintAsync(result.Diagnostics).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                continue;
            }

            if (!ids.Add(result.DocumentId))
            {
                await _out.WriteLineAsync($"{result.DocumentId}: error convert.duplicate-id: another input already wrote {result.DocumentId}.xml; {path} not written.").ConfigureAwait(false);
                continue;
            }

            var written = await OutputFiles.WriteAsync(result, outputDirectory, cancellationToken).ConfigureAwait(false);
            await PrintAsync(written).ConfigureAwait(false);
            if (written.IsEmpty)
            {
                converted++;
            }
        }

        var total = documents.Count + problems.Count;
        await _out.WriteLineAsync($"converted {converted} of {total} document(s) into {outputDirectory}").ConfigureAwait(false);
        return converted == total ? 0 : 2;
    }

    private async Task PrintAsync(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            await _out.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
        }
    }
}

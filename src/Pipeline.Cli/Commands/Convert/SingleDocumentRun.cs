using Pipeline.Cli.CommandLine;
using Pipeline.Conversion;
using Pipeline.Diagnostics;
using Pipeline.IO;

namespace Pipeline.Cli.Commands.Convert;

/// <summary>
/// One document, pandoc's way: <c>convert - [-o out.xml|-]</c> reads it from standard input, and
/// <c>convert doc.pdf -o -</c> writes its TEI to standard output. Diagnostics go to standard error, so
/// standard output holds the TEI and nothing else; a failed document writes nothing at all.
/// </summary>
internal static class SingleDocumentRun
{
    /// <summary>What a document read from standard input is called: its TEI's images live under <c>stdin/</c>.</summary>
    public const string StdinId = "stdin";

    /// <summary>The warning for a figure image that is not copied, because standard output has no folder to copy it into.</summary>
    public const string ImageNotCopiedCode = "convert.image-not-copied";

    /// <summary>True when the arguments ask for one document in or out through a standard stream.</summary>
    public static bool Applies(ConvertSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Inputs.Any(StandardStreams.IsDash) || StandardStreams.IsDash(settings.Output);
    }

    /// <summary>The usage error of a one-document run, or null.</summary>
    public static string? UsageError(ConvertSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Inputs.Length != 1)
        {
            return "'-' converts one document: give either '-' (standard input) or one document, not several.";
        }

        string?[] batchOnly =
        [
            settings.Html ? "--html" : null, settings.CheckLinks ? "--check-links" : null, settings.Shard is null ? null : "--shard",
            settings.Report is null ? null : "--report", settings.Jobs is null ? null : "--jobs",
        ];
        if (batchOnly.FirstOrDefault(o => o is not null) is { } option)
        {
            return $"{option} needs an output folder; a single document through '-' writes only its TEI.";
        }

        if (settings.Base is { } baseFolder)
        {
            if (!StandardStreams.IsDash(settings.Inputs[0]))
            {
                return "--base names the folder of a document read from standard input ('-'); document folders and files have their own.";
            }

            if (!Directory.Exists(baseFolder))
            {
                return $"--base '{baseFolder}' is not a folder.";
            }
        }

        return settings.Output is { } output && !StandardStreams.IsDash(output) && Directory.Exists(output)
            ? $"with input '-', -o names the TEI file to write (or '-' for standard output), and '{output}' is a folder."
            : null;
    }

    public static async Task<int> RunAsync(ConvertSettings settings, ConversionOptions options, CliContext cli, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(cli);
        var input = settings.Inputs[0];
        using var converter = new DocumentConverter();
        converter.Prepare(options);
        ConversionResult result;
        if (StandardStreams.IsDash(input))
        {
            var bytes = await StandardStreams.ReadInputAsync(InputLimits.Default.MaxInputBytes, cancellationToken).ConfigureAwait(false);
            if (bytes is null)
            {
                await cli.Error.WriteLineAsync($"error: standard input is larger than {InputLimits.Default.MaxInputBytes / (1024 * 1024)} MB; refused.").ConfigureAwait(false);
                return ExitCodes.SomeNotFine;
            }

            if (bytes.Length == 0)
            {
                await cli.Error.WriteLineAsync("error: standard input is empty; pipe a document into 'pipeline convert -'.").ConfigureAwait(false);
                return ExitCodes.SomeNotFine;
            }

            result = await converter.ConvertAsync(StdinId, bytes, settings.Base ?? Directory.GetCurrentDirectory(), options, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            result = await converter.ConvertAsync(input, options, cancellationToken).ConfigureAwait(false);
        }

        if (result.Tei is not { } tei)
        {
            await ReportAsync(result.Diagnostics, cli).ConfigureAwait(false);
            await cli.Error.WriteLineAsync($"failed: {result.DocumentId}: no TEI written.").ConfigureAwait(false);
            return ExitCodes.SomeNotFine;
        }

        var toStandardOutput = settings.Output is null || StandardStreams.IsDash(settings.Output);
        var diagnostics = result.Diagnostics;
        if (toStandardOutput)
        {
            diagnostics = diagnostics.AddRange(result.Images.Select(image => NotCopied(result.DocumentId, image)));
        }
        else
        {
            // The TEI's graphic urls point to <id>/<image> beside it: the images go there, before the TEI.
            var folder = Path.GetDirectoryName(Path.GetFullPath(settings.Output!))!;
            var copied = await OutputFiles.CopyImagesAsync(result, Path.Combine(folder, result.DocumentId), cancellationToken).ConfigureAwait(false);
            diagnostics = diagnostics.AddRange(copied);
            if (copied.Any(d => d.Severity == Severity.Error))
            {
                await ReportAsync(diagnostics, cli).ConfigureAwait(false);
                await cli.Error.WriteLineAsync($"failed: {result.DocumentId}: no TEI written.").ConfigureAwait(false);
                return ExitCodes.SomeNotFine;
            }
        }

        await ReportAsync(diagnostics, cli).ConfigureAwait(false);
        try
        {
            await WriteAsync(settings.Output, tei, cli.Out, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await cli.Error.WriteLineAsync($"error: could not write {settings.Output}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.CouldNotRun;
        }

        return settings.FailOnWarning && diagnostics.Any(d => d.Severity == Severity.Warning) ? ExitCodes.SomeNotFine : ExitCodes.Ok;
    }

    private static Diagnostic NotCopied(string id, ImageFile image) => new(
        ImageNotCopiedCode, Severity.Warning, id, image.Line,
        $"image {image.RelativePath} of figure {image.FigureId} is not copied: standard output has no folder beside it; the TEI points to {id}/{image.RelativePath}. Write the TEI with -o FILE to get its images copied beside it.");

    private static async Task ReportAsync(IEnumerable<Diagnostic> diagnostics, CliContext cli)
    {
        foreach (var diagnostic in diagnostics.Where(d => Shown(d.Severity, cli.Verbosity)))
        {
            await cli.Error.WriteLineAsync(diagnostic.ToString()).ConfigureAwait(false);
        }
    }

    private static bool Shown(Severity severity, Verbosity verbosity) => verbosity switch
    {
        Verbosity.Quiet => severity == Severity.Error,
        Verbosity.Verbose => true,
        _ => severity != Severity.Info,
    };

    private static async Task WriteAsync(string? output, byte[] tei, TextWriter standardOutput, CancellationToken cancellationToken)
    {
        if ((output is null || StandardStreams.IsDash(output)) && !ReferenceEquals(standardOutput, Console.Out))
        {
            // A caller's own writer (a test's) gets the text.
            await standardOutput.WriteAsync(System.Text.Encoding.UTF8.GetString(tei).AsMemory(), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (output is null || StandardStreams.IsDash(output))
        {
            // The TEI's bytes as written (UTF-8, its own declaration), not re-encoded through a text writer.
            var stdout = Console.OpenStandardOutput();
            await using (stdout.ConfigureAwait(false))
            {
                await stdout.WriteAsync(tei, cancellationToken).ConfigureAwait(false);
                await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        await AtomicFile.WriteAsync(output, (stream, ct) => stream.WriteAsync(tei, ct).AsTask(), cancellationToken).ConfigureAwait(false);
    }
}

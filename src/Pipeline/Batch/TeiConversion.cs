using System.Collections.Immutable;
using Pipeline.Conversion;
using Pipeline.Diagnostics;

namespace Pipeline.Batch;

/// <summary>
/// The batch's conversion of one document: <see cref="DocumentConverter"/> then <see cref="OutputFiles"/>
/// (images first, then the TEI, each through a temporary file and a rename, not flushed: the batch puts
/// all its documents on disk at once when they are written). One instance serves all workers: the
/// converter is safe to call concurrently.
/// </summary>
internal sealed class TeiConversion(DocumentConverter converter, ConversionOptions options)
{
    /// <summary>The settings that shape the output, as text, for the incremental fingerprint.</summary>
    public string Settings { get; } = SettingsFingerprint.Of(options);

    public async Task<DocumentConversion> ConvertAsync(DocumentSource source, string outputFolder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var result = await converter.ConvertAsync(source.Path, options, cancellationToken).ConfigureAwait(false);
        var notes = NoteCounter.Count(result.Document);
        if (!result.Succeeded)
        {
            return new DocumentConversion(false, notes, result.Diagnostics, []);
        }

        var problems = await OutputFiles.WriteAsync(result, outputFolder, flushToDisk: false, cancellationToken).ConfigureAwait(false);
        var diagnostics = result.Diagnostics.AddRange(problems);
        if (problems.Any(d => d.Severity == Severity.Error))
        {
            return new DocumentConversion(false, notes, diagnostics, []);
        }

        var files = ImmutableArray.CreateBuilder<string>(result.Images.Length + result.Outputs.Length);
        files.AddRange(result.Outputs.Select(output => Path.GetFullPath(Path.Combine(outputFolder, output.FileName))));
        foreach (var image in result.Images)
        {
            files.Add(Path.GetFullPath(Path.Combine(outputFolder, result.DocumentId, image.RelativePath)));
        }

        return new DocumentConversion(true, notes, diagnostics, files.ToImmutable());
    }
}

using System.Collections.Immutable;
using Pipeline.Diagnostics;
using Pipeline.IO;
using Pipeline.Writing.Tei;

namespace Pipeline.Conversion;

/// <summary>
/// Puts a converted document on disk: images to <c>&lt;out&gt;/&lt;id&gt;/</c> first, then every
/// writer's file (<c>&lt;out&gt;/&lt;id&gt;.html</c> …), the TEI <c>&lt;out&gt;/&lt;id&gt;.xml</c> last. Every file is written to a temporary file in its own folder and
/// moved into place, so a reader never sees a partial file, and a failure or cancellation leaves
/// no temporary file behind.
/// </summary>
public static class OutputFiles
{
    /// <summary>The TEI file a document gets in <paramref name="outputDirectory"/>.</summary>
    public static string XmlPath(string outputDirectory, string documentId) =>
        Path.Combine(outputDirectory, documentId + ".xml");

    /// <summary>
    /// Writes <paramref name="result"/> (which must have succeeded) into <paramref name="outputDirectory"/>;
    /// returns the problems met, empty on success.
    /// </summary>
    public static Task<ImmutableArray<Diagnostic>> WriteAsync(ConversionResult result, string outputDirectory, CancellationToken cancellationToken) =>
        WriteAsync(result, outputDirectory, flushToDisk: true, cancellationToken);

    /// <summary>
    /// As <see cref="WriteAsync(ConversionResult, string, CancellationToken)"/>; without <paramref name="flushToDisk"/>
    /// the files are renamed into place unflushed, for a batch that flushes all its documents at once when they are written.
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> WriteAsync(ConversionResult result, string outputDirectory, bool flushToDisk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(outputDirectory);
        if (result.Tei is null)
        {
            throw new ArgumentException("Only a successful conversion has output to write.", nameof(result));
        }

        var diagnostics = new DiagnosticBag(result.DocumentId);
        try
        {
            Directory.CreateDirectory(outputDirectory);
            var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory)) + Path.DirectorySeparatorChar;
            var imageRoot = Path.GetFullPath(Path.Combine(outputDirectory, result.DocumentId));
            var xmlPath = Path.GetFullPath(XmlPath(outputDirectory, result.DocumentId));
            if (!IsPlainChild(root, imageRoot) || !IsPlainChild(root, xmlPath))
            {
                // The id names files directly under the output folder, nothing else ('..', '.', 'a/b').
                diagnostics.Error(ConversionCodes.OutputFailed, 0, $"the document id '{result.DocumentId}' does not name a file inside {outputDirectory}; nothing written.");
                return diagnostics.Items;
            }

            await CopyImagesAsync(result, imageRoot, flushToDisk, diagnostics, cancellationToken).ConfigureAwait(false);
            if (diagnostics.HasErrors)
            {
                return diagnostics.Items;
            }

            // The TEI goes last: once it is there, everything made with it is too.
            var outputs = result.Outputs.IsDefaultOrEmpty ? [new OutputFile(Path.GetFileName(XmlPath(outputDirectory, result.DocumentId)), result.Tei, TeiDocumentWriter.FormatName)] : result.Outputs;
            foreach (var output in outputs.OrderBy(o => o.Writer == TeiDocumentWriter.FormatName ? 1 : 0))
            {
                if (diagnostics.HasErrors)
                {
                    break;
                }

                var outputPath = Path.GetFullPath(Path.Combine(outputDirectory, output.FileName));
                if (!IsPlainChild(root, outputPath))
                {
                    diagnostics.Error(ConversionCodes.OutputFailed, 0, $"the {output.Writer} file name '{output.FileName}' does not name a file inside {outputDirectory}; not written.");
                    break;
                }

                var content = output.Content;
                await AtomicFile.WriteAsync(outputPath, (stream, ct) => stream.WriteAsync(content, ct).AsTask(), flushToDisk, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (InputFileException e)
        {
            diagnostics.Error(ConversionCodes.RefusedInput, 0, $"an image is not copied, so the document is not written: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(ConversionCodes.OutputFailed, 0, $"cannot write output to {outputDirectory}: {e.Message}");
        }

        return diagnostics.Items;
    }

    /// <summary>
    /// Copies the figure images of <paramref name="result"/> under <paramref name="imageRoot"/> (the
    /// folder the TEI's graphic urls point into), each through a temporary file and a rename; returns
    /// the problems met. For a caller that writes the TEI itself (one document to a file of its choice).
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> CopyImagesAsync(ConversionResult result, string imageRoot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(imageRoot);
        var diagnostics = new DiagnosticBag(result.DocumentId);
        try
        {
            await CopyImagesAsync(result, Path.GetFullPath(imageRoot), flushToDisk: true, diagnostics, cancellationToken).ConfigureAwait(false);
        }
        catch (InputFileException e)
        {
            diagnostics.Error(ConversionCodes.RefusedInput, 0, $"an image is not copied: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(ConversionCodes.OutputFailed, 0, $"cannot copy images to {imageRoot}: {e.Message}");
        }

        return diagnostics.Items;
    }

    private static async Task CopyImagesAsync(ConversionResult result, string imageRoot, bool flushToDisk, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        foreach (var image in result.Images)
        {
            var target = Path.GetFullPath(Path.Combine(imageRoot, image.RelativePath));
            if (!target.StartsWith(imageRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                diagnostics.Error(ConversionCodes.OutputFailed, image.Line, $"image path {image.RelativePath} leaves the document's image folder.");
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // Opened now, not when the figure was found: a file swapped for a link meanwhile is refused.
            var source = image.SourceDirectory is { } folder
                ? InputFile.OpenRead(folder, image.SourcePath)
                : InputFile.OpenNamed(image.SourcePath);
            await using var sourceDisposal = source.ConfigureAwait(false);
            await AtomicFile.WriteAsync(target, (stream, ct) => source.CopyToAsync(stream, ct), flushToDisk, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsPlainChild(string root, string path) =>
        path.StartsWith(root, StringComparison.Ordinal)
        && path.Length > root.Length
        && path.IndexOf(Path.DirectorySeparatorChar, root.Length) < 0
        && Path.GetFileName(path) is not ("." or "..");
}

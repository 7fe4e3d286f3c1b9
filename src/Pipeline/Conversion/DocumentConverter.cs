using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using Pipeline.Conversion.Metadata;
using Pipeline.Diagnostics;
using Pipeline.IO;
using Pipeline.Model;
using Pipeline.Ocr;
using Pipeline.Reading;
using Pipeline.Stages;
using Pipeline.Validation;
using Pipeline.Writing;
using Pipeline.Writing.Tei;

namespace Pipeline.Conversion;

/// <summary>
/// Converts one scraped essay end to end: read, run the stages in order, write through the writers
/// of <see cref="ConversionOptions.Writers"/> (TEI, validated, then whatever is made from it). Never throws for bad input; problems come back as diagnostics, and any error means
/// no TEI. One instance can convert any number of documents, one after another or concurrently,
/// and builds the stages once per options object, so costly resources (the OCR engine pool, the
/// Hunspell dictionaries) are shared by every document of a batch.
/// </summary>
public sealed class DocumentConverter : IDisposable
{
    private readonly ImmutableArray<IDocumentReader> _readers;
    private readonly Func<PipelineOptions, ImmutableArray<IStage>> _stageFactory;
    private readonly TeiValidator _validator;
    private readonly bool _ownsReaders;
    private readonly OcrEngines? _ocr;
    private readonly ConcurrentDictionary<PipelineOptions, Lazy<ImmutableArray<IStage>>> _stages =
        new(ReferenceEqualityComparer.Instance);

    /// <summary>The default readers (<see cref="DocumentReaders.Default(OcrEngines)"/>) and stages (<see cref="PipelineStages.Default(PipelineOptions, OcrEngines)"/>), one set of OCR engines between them.</summary>
    public DocumentConverter()
        : this(new TeiValidator())
    {
    }

    public DocumentConverter(TeiValidator validator)
        : this(new OcrEngines(), validator)
    {
    }

    /// <summary>The default readers and stages, sharing one set of OCR engines that this converter owns.</summary>
    private DocumentConverter(OcrEngines ocr, TeiValidator validator)
        : this(DocumentReaders.Default(ocr), options => PipelineStages.Default(options, ocr), validator)
    {
        _ownsReaders = true;
        _ocr = ocr;
    }

    /// <summary>A converter with the given readers, stages (built once per options object) and validator.</summary>
    public DocumentConverter(ImmutableArray<IDocumentReader> readers, Func<PipelineOptions, ImmutableArray<IStage>> stages, TeiValidator validator)
    {
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(validator);
        if (readers.IsDefaultOrEmpty)
        {
            throw new ArgumentException("at least one reader is needed.", nameof(readers));
        }

        _readers = readers;
        _stageFactory = stages;
        _validator = validator;
    }

    /// <summary>
    /// Builds the stages for <paramref name="options"/> now rather than at the first document, so what they
    /// load in the background (the de-hyphenation dictionaries) overlaps the caller's own start-up. The
    /// documents converted later with this same options object use these stages.
    /// </summary>
    public void Prepare(ConversionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ = StagesFor(options.Pipeline);
    }

    /// <summary>
    /// Converts the document at <paramref name="inputPath"/>: a document folder holding one of
    /// <see cref="DocumentFiles.Names"/> (named after the folder), or a file.
    /// </summary>
    public async Task<ConversionResult> ConvertAsync(string inputPath, ConversionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputPath);
        ArgumentNullException.ThrowIfNull(options);

        var input = DocumentInput.Resolve(inputPath);
        var diagnostics = new DiagnosticBag(input.Id);
        var bytes = await ReadAsync(input, named: !Directory.Exists(inputPath), diagnostics, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return Failed(input.Id, diagnostics, null);
        }

        return await ConvertAsync(input, bytes, diagnostics, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Converts a document given as bytes, such as standard input: called <paramref name="id"/>, its format
    /// named in the options or recognised from the bytes, images found relative to <paramref name="folder"/>,
    /// and no metadata file but the options' own.
    /// </summary>
    public Task<ConversionResult> ConvertAsync(string id, byte[] bytes, string folder, ConversionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(options);
        var directory = Path.GetFullPath(folder);
        return ConvertAsync(new DocumentInput(id, Path.Combine(directory, id), directory), bytes, new DiagnosticBag(id), options, cancellationToken);
    }

    private async Task<ConversionResult> ConvertAsync(
        DocumentInput input, byte[] bytes, DiagnosticBag diagnostics, ConversionOptions options, CancellationToken cancellationToken)
    {
        var ocr = options.Pipeline.FigureOcr;
        var file = new DocumentFile(input.Id, input.FilePath, input.SourceDirectory, bytes) { Ocr = ocr.Enabled ? ocr.Ocr : null };
        var reader = DocumentReaders.Choose(_readers, file, options.InputFormat, out var readerError);
        if (reader is null)
        {
            diagnostics.Error(ConversionCodes.UnknownFormat, 0, readerError ?? "no reader takes this file.");
            return Failed(input.Id, diagnostics, null);
        }

        ReadResult read;
        try
        {
            read = await reader.ReadAsync(file, diagnostics, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A reader bug must not take the whole batch down: it fails this document only.
            diagnostics.Error(ConversionCodes.ReadFailed, 0, $"the {reader.Format} reader failed: {e.GetType().Name}: {e.Message}");
            return Failed(input.Id, diagnostics, null);
        }

        if (read.Document is null)
        {
            return Failed(input.Id, diagnostics, read.Document);
        }

        if (ModelDepth.Exceeds(read.Document, InputLimits.Default.MaxModelDepth))
        {
            // Every stage and the writer recurse over the model: a reader that let this through fails its document only.
            diagnostics.Error(ConversionCodes.NestedTooDeep, 0, $"the document nests deeper than {InputLimits.Default.MaxModelDepth} levels; refused rather than risk the stack.");
            return Failed(input.Id, diagnostics, null);
        }

        var article = await ArticleMetadataAsync(input, options, diagnostics, cancellationToken).ConfigureAwait(false);
        if (article is null)
        {
            return Failed(input.Id, diagnostics, read.Document);
        }

        var document = read.Document with
        {
            Metadata = read.Document.Metadata with { SourceSha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)), Article = article },
        };

        var context = new StageContext(diagnostics, read.SourceText ?? string.Empty);
        foreach (var stage in StagesFor(options.Pipeline))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                document = await stage.RunAsync(document, context, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A stage bug must not take the whole batch down: it fails this document only.
                diagnostics.Error(ConversionCodes.StageFailed, 0, $"stage {stage.Name} failed: {e.GetType().Name}: {e.Message}");
                return Failed(input.Id, diagnostics, document);
            }
        }

        var images = CollectImages(document, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Failed(input.Id, diagnostics, document);
        }

        var teiOptions = options.Tei with
        {
            ImageBaseUrl = Uri.EscapeDataString(input.Id) + "/",
            SourceFileName = file.FileName,
        };
        var outputs = Write(document, teiOptions, options.Writers, diagnostics);
        var tei = outputs.IsDefault ? null : outputs.FirstOrDefault(o => o.Writer == TeiDocumentWriter.FormatName)?.Content;
        return diagnostics.HasErrors || outputs.IsDefault
            ? Failed(input.Id, diagnostics, document)
            : new ConversionResult(input.Id, tei, diagnostics.Items, document, images) { Outputs = outputs };
    }

    /// <summary>Releases the stages' native resources (OCR engines, dictionaries) and those of the default readers.</summary>
    public void Dispose()
    {
        foreach (var stages in _stages.Values.Where(s => s.IsValueCreated))
        {
            foreach (var stage in stages.Value.OfType<IDisposable>())
            {
                stage.Dispose();
            }
        }

        _stages.Clear();
        if (_ownsReaders)
        {
            foreach (var reader in _readers.OfType<IDisposable>())
            {
                reader.Dispose();
            }
        }

        // After the stages and readers that use them.
        _ocr?.Dispose();
    }

    /// <summary>
    /// Runs the writers in order; the TEI writer's output is validated before any later writer sees it.
    /// Returns default (and reports why) when a writer fails or the TEI is invalid.
    /// </summary>
    private ImmutableArray<OutputFile> Write(Document document, TeiWriterOptions teiOptions, ImmutableArray<IDocumentWriter> writers, DiagnosticBag diagnostics)
    {
        var outputs = ImmutableArray.CreateBuilder<OutputFile>(writers.Length);
        byte[]? tei = null;
        foreach (var writer in writers)
        {
            byte[] bytes;
            var check = writer.WritesTei ? _validator.StartCheck() : null;
            try
            {
                bytes = writer.Write(new WriterInput(document, teiOptions, tei, diagnostics.Items) { SchemaCheck = check });
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // A model node the writer does not know (a stage ahead of the writer): this document fails, the batch goes on.
                diagnostics.Error(ConversionCodes.WriteFailed, 0, $"{writer.Name} writing failed: {e.Message}");
                return default;
            }

            if (check is { Passed: false })
            {
                // The bytes are parsed again only when the check made while writing did not pass, for the issues' lines and columns.
                Validate(document.Id, bytes, diagnostics);
            }

            if (writer.WritesTei)
            {
                if (diagnostics.HasErrors)
                {
                    return default;
                }

                tei = bytes;
            }

            outputs.Add(new OutputFile(document.Id + writer.Extension, bytes, writer.Name));
        }

        return outputs.ToImmutable();
    }

    private void Validate(string id, byte[] tei, DiagnosticBag diagnostics)
    {
        using var stream = new MemoryStream(tei, writable: false);
        foreach (var issue in _validator.Validate(stream))
        {
            var diagnostic = issue.ToDiagnostic(id);
            diagnostics.Report(diagnostic.Code, diagnostic.Severity, diagnostic.Line, diagnostic.Message);
        }
    }

    private ImmutableArray<IStage> StagesFor(PipelineOptions options) =>
        _stages.GetOrAdd(options, o => new Lazy<ImmutableArray<IStage>>(() => _stageFactory(o))).Value;

    /// <summary>
    /// The batch's defaults overridden by the document folder's metadata file; null (with an error
    /// for each problem) when that file is malformed.
    /// </summary>
    private static async Task<ArticleMetadata?> ArticleMetadataAsync(DocumentInput input, ConversionOptions options, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        // Only a document folder has a metadata file of its own; a loose file shares its folder with others.
        if (!DocumentFiles.IsDocumentName(Path.GetFileName(input.FilePath)))
        {
            return options.Metadata;
        }

        var (metadata, problems) = await MetadataFile.ReadAsync(input.SourceDirectory, cancellationToken).ConfigureAwait(false);
        foreach (var problem in problems)
        {
            diagnostics.Error(MetadataCodes.Invalid, 0, problem);
        }

        return problems.Count > 0 ? null : options.Metadata.OverriddenBy(metadata);
    }

    private static async Task<byte[]?> ReadAsync(DocumentInput input, bool named, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        if (!File.Exists(input.FilePath))
        {
            diagnostics.Error(ConversionCodes.MissingInput, 0, $"{input.FilePath} does not exist.");
            return null;
        }

        try
        {
            // A file named on its own is the user's choice even through a link; one inside a folder is read from that folder only.
            return await InputFile.ReadAllBytesAsync(named ? null : input.SourceDirectory, input.FilePath, InputLimits.Default.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (InputFileException e)
        {
            diagnostics.Error(ConversionCodes.RefusedInput, 0, e.Message);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(ConversionCodes.MissingInput, 0, $"{input.FilePath} cannot be read: {e.Message}");
            return null;
        }
    }

    /// <summary>The images the figures show, each once; a missing image is a warning and is not copied.</summary>
    private static ImmutableArray<ImageFile> CollectImages(Document document, DiagnosticBag diagnostics)
    {
        var images = ImmutableArray.CreateBuilder<ImageFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var figure in FigureZones.All(document.Blocks.OrEmpty()))
        {
            var relative = (figure.ImagePath ?? "").Replace('\\', '/');
            if (relative.Length == 0 || !seen.Add(relative))
            {
                continue;
            }

            var source = Path.GetFullPath(Path.Combine(document.SourceDirectory, relative));
            if (File.Exists(source))
            {
                images.Add(new ImageFile(source, relative) { SourceDirectory = document.SourceDirectory, FigureId = figure.Id, Line = figure.Span.FirstLine });
            }
            else
            {
                diagnostics.Warning(ConversionCodes.ImageMissing, figure.Span.FirstLine, $"image {relative} of figure {figure.Id} not found in {document.SourceDirectory}.");
            }
        }

        return images.ToImmutable();
    }

    private static ConversionResult Failed(string id, DiagnosticBag diagnostics, Document? document) =>
        new(id, null, diagnostics.Items, document, []);
}

using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Pipeline.Diagnostics;
using Pipeline.IO;
using Pipeline.Native.Posix;

namespace Pipeline.Batch;

/// <summary>
/// Converts a corpus: finds the documents, keeps those of this shard, skips those whose inputs have not
/// changed, converts the rest in parallel (one worker per core by default) and writes the run report.
/// A document that fails, even by throwing, becomes a failed line in the report; the others go on.
/// </summary>
internal static class BatchRunner
{
    public const string ReportFileName = "run-report.json";

    public static async Task<BatchResult> RunAsync(BatchOptions options, ConvertDocument convert, IBatchObserver observer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(convert);
        ArgumentNullException.ThrowIfNull(observer);

        var (found, missing) = CorpusDiscovery.Discover(options.Inputs);
        if (!missing.IsEmpty)
        {
            return BatchResult.NotRun([.. missing]);
        }

        if (found.IsEmpty)
        {
            return BatchResult.NotRun($"No document folders (folders holding {CorpusDiscovery.DocumentFileName}) under {string.Join(", ", options.Inputs)}.");
        }

        var outputFolder = Path.GetFullPath(options.OutputFolder);
        if (found.FirstOrDefault(d => d.IsFolder && IsWithin(d.Path, outputFolder)) is { } clash)
        {
            return BatchResult.NotRun($"The output folder '{options.OutputFolder}' is the document folder '{clash.Path}' or lies inside it: its output would become input. Choose another --out.");
        }

        try
        {
            Directory.CreateDirectory(outputFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return BatchResult.NotRun($"Cannot create the output folder '{options.OutputFolder}': {e.Message}");
        }

        // Two runs of one shard into one output would interleave their journals and clean up each
        // other's temporary files: the second is stopped here. Shards each take their own lock.
        FileStream outputLock;
        try
        {
            outputLock = new FileStream(Path.Combine(outputFolder, $".convert{options.Shard.FileSuffix}.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return BatchResult.NotRun($"Another convert run is writing shard {options.Shard} into '{options.OutputFolder}' ({e.Message}); wait for it to finish or choose another --out.");
        }

        await using (outputLock.ConfigureAwait(false))
        {
            return await RunLockedAsync(options, convert, observer, found, outputFolder, outputLock, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<BatchResult> RunLockedAsync(
        BatchOptions options, ConvertDocument convert, IBatchObserver observer, ImmutableArray<DocumentSource> found, string outputFolder,
        FileStream outputLock, CancellationToken cancellationToken)
    {
        var documents = found.Where(d => options.Shard.Contains(d.Id)).ToImmutableArray();
        var started = options.Time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        var outcomes = new DocumentOutcome[documents.Length];
        var written = new ConcurrentQueue<string>();
        var manifest = await IncrementalManifest.OpenAsync(outputFolder, options.Shard, cancellationToken).ConfigureAwait(false);
        var stale = StaleFiles.Scan(outputFolder);
        await using (manifest.ConfigureAwait(false))
        {
            observer.Started(documents.Length);
            var parallel = new ParallelOptions
            {
                MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism),
                CancellationToken = cancellationToken,
            };
            using var large = new SemaphoreSlim(1);
            await Parallel.ForEachAsync(Enumerable.Range(0, documents.Length), parallel, async (i, ct) =>
            {
                var outcome = await ProcessAsync(documents[i], outputFolder, options, manifest, stale, convert, large, written, ct).ConfigureAwait(false);
                outcomes[i] = outcome;
                observer.Completed(outcome);
            }).ConfigureAwait(false);
            FlushToDisk(outputLock, written);
            await manifest.CompactAsync(cancellationToken).ConfigureAwait(false);
        }

        var all = outcomes.ToImmutableArray();
        var totals = RunTotals.Of(all);
        var exitCode = totals.Failed > 0 ? BatchResult.SomeFailed : BatchResult.Success;
        var report = new RunReport(PipelineVersion.Text, options.Shard.ToString(), started, options.Time.GetUtcNow(),
            clock.ElapsedMilliseconds, exitCode, totals, all);
        var reportPath = Path.GetFullPath(options.ReportPath ?? Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(ReportFileName) + options.Shard.FileSuffix + ".json"));
        try
        {
            var json = RunReportJson.ToUtf8Bytes(report);
            await AtomicFile.WriteAsync(reportPath, json, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new BatchResult(BatchResult.CouldNotRun, [$"Cannot write the run report '{reportPath}': {e.Message}"], report, null);
        }

        return new BatchResult(exitCode, [], report, reportPath);
    }

    /// <summary>
    /// A document at least this large converts alone among the large ones: converting takes a multiple
    /// of the input in memory, and two of the largest at once would pass the memory a run may use.
    /// </summary>
    private static long LargeDocumentBytes => InputLimits.Default.MaxInputBytes / 4;

    private static async Task<DocumentOutcome> ProcessAsync(
        DocumentSource document, string outputFolder, BatchOptions options, IncrementalManifest manifest, StaleFiles stale, ConvertDocument convert,
        SemaphoreSlim large, ConcurrentQueue<string> written, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        if (document.Problem is { } problem)
        {
            return Failed(document, clock, problem.Code, problem.Message);
        }

        string fingerprint;
        try
        {
            fingerprint = await InputFingerprint.ComputeAsync(document.Path, PipelineVersion.Build, options.Settings, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(document, clock, BatchCodes.Unreadable, $"the document's files cannot be read: {e.Message}");
        }

        if (!options.Force && manifest.IsUpToDate(document.Id, fingerprint))
        {
            var known = manifest.Find(document.Id);
            return new DocumentOutcome(document.Id, DocumentStatus.Skipped, known?.Notes ?? 0, clock.ElapsedMilliseconds, known?.Diagnostics ?? []);
        }

        stale.RemoveTemporaries(document.Id);
        DocumentConversion conversion;
        var isLarge = InputBytes(document) >= LargeDocumentBytes;
        if (isLarge)
        {
            await large.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            conversion = await convert(document, outputFolder, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // One document's failure, whatever it is, must not stop the batch; it is reported.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await manifest.ForgetAsync(document.Id, cancellationToken).ConfigureAwait(false);
            return Failed(document, clock, BatchCodes.ConverterFailed, $"conversion failed: {e.GetType().Name}: {e.Message}");
        }
        finally
        {
            if (isLarge)
            {
                large.Release();
            }
        }

        if (!conversion.Written)
        {
            await manifest.ForgetAsync(document.Id, cancellationToken).ConfigureAwait(false);
            var diagnostics = conversion.Diagnostics;
            if (!diagnostics.Any(d => d.Severity == Severity.Error))
            {
                diagnostics = diagnostics.Add(new Diagnostic(BatchCodes.NoOutput, Severity.Error, document.Id, 0, "the conversion produced no TEI."));
            }

            return new DocumentOutcome(document.Id, DocumentStatus.Failed, conversion.Notes, clock.ElapsedMilliseconds, diagnostics);
        }

        foreach (var file in conversion.OutputFiles)
        {
            written.Enqueue(file);
        }

        var outputs = conversion.OutputFiles
            .Select(f => new ManifestOutput(Path.GetRelativePath(outputFolder, f).Replace(Path.DirectorySeparatorChar, '/'), new FileInfo(f).Length))
            .OrderBy(o => o.Path, StringComparer.Ordinal)
            .ToImmutableArray();
        await manifest.RecordAsync(new ManifestEntry(document.Id, fingerprint, conversion.Notes, outputs, conversion.Diagnostics), cancellationToken).ConfigureAwait(false);
        return new DocumentOutcome(document.Id, DocumentStatus.Converted, conversion.Notes, clock.ElapsedMilliseconds, conversion.Diagnostics);
    }

    /// <summary>
    /// Puts the documents' files on disk before the run report says they are converted: one flush of the
    /// output's file system where the system has one, else each file. A power cut before this point loses
    /// files the journal may already list; their recorded lengths no longer match, so the next run converts
    /// those documents again.
    /// </summary>
    private static void FlushToDisk(FileStream outputLock, ConcurrentQueue<string> written)
    {
        if (written.IsEmpty || FileSystemFlush.TryFlush(outputLock.SafeFileHandle))
        {
            return;
        }

        foreach (var file in written)
        {
            try
            {
                AtomicFile.FlushToDisk(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file removed or locked since it was written: the next run's length check finds it.
            }
        }
    }

    /// <summary>The size of the document's text (or PDF), 0 when it cannot be told; reading it later says why.</summary>
    private static long InputBytes(DocumentSource document)
    {
        try
        {
            var file = document.IsFolder ? Reading.DocumentFiles.Find(document.Path) : document.Path;
            return file is null ? 0 : new FileInfo(file).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    private static bool IsWithin(string folder, string path) =>
        string.Equals(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)), Path.TrimEndingDirectorySeparator(path), StringComparison.Ordinal)
        || DocumentIds.IsInside(Path.GetFullPath(folder), path);

    private static DocumentOutcome Failed(DocumentSource document, Stopwatch clock, string code, string message) =>
        new(document.Id, DocumentStatus.Failed, 0, clock.ElapsedMilliseconds,
            [new Diagnostic(code, Severity.Error, document.Id, 0, message)]);
}

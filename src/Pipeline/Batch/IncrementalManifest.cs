using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pipeline.IO;

namespace Pipeline.Batch;

/// <summary>
/// Remembers which documents are converted, so the next run skips what has not changed. It is a journal
/// (<c>.cache/manifest*.jsonl</c> in the output folder): one JSON line appended and flushed per finished
/// document, so a run killed at any moment keeps everything finished before it; a torn last line is ignored.
/// Each shard writes its own journal and reads all of them, so shards sharing an output folder never write
/// the same file. <see cref="CompactAsync"/> rewrites the journal without superseded lines.
/// </summary>
internal sealed class IncrementalManifest : IAsyncDisposable
{
    /// <summary>The hidden folder of the output holding the batch's state; never archived.</summary>
    public const string CacheFolderName = ".cache";

    // The journal is read only by this class, never shown in a page: only what JSON itself requires is
    // escaped (quotes, backslashes, control characters, so a line stays one line). The default encoder also
    // escapes every non-ASCII letter and HTML character of the messages, which took the writer's slow path
    // for nearly every diagnostic.
    private static readonly JsonWriterOptions LineOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ConcurrentDictionary<string, ManifestEntry> _known;

    // What this run's own journal holds (its earlier lines and this run's), each entry with its JSON line,
    // kept so compaction rewrites the journal without reading, parsing or serializing it again.
    private readonly ConcurrentDictionary<string, OwnLine> _own;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly string _outputFolder;
    private readonly string _journalPath;
    private FileStream? _journal;

    private IncrementalManifest(string outputFolder, string journalPath, ConcurrentDictionary<string, ManifestEntry> known, ConcurrentDictionary<string, OwnLine> own)
    {
        _outputFolder = outputFolder;
        _journalPath = journalPath;
        _known = known;
        _own = own;
    }

    /// <summary>Reads every journal in the output folder; this run appends to the one for <paramref name="shard"/>.</summary>
    public static async Task<IncrementalManifest> OpenAsync(string outputFolder, ShardSpec shard, CancellationToken cancellationToken)
    {
        var cache = Path.Combine(outputFolder, CacheFolderName);
        var known = new ConcurrentDictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var ownEntries = new ConcurrentDictionary<string, OwnLine>(StringComparer.Ordinal);
        var own = Path.Combine(cache, $"manifest{shard.FileSuffix}.jsonl");
        if (Directory.Exists(cache))
        {
            // The own journal last, so its entries win over another shard layout's.
            foreach (var path in Directory.EnumerateFiles(cache, "manifest*.jsonl").Order(StringComparer.Ordinal).OrderBy(p => p == own))
            {
                await ReadJournalAsync(path, known, path == own ? ownEntries : null, cancellationToken).ConfigureAwait(false);
            }
        }

        return new IncrementalManifest(outputFolder, own, known, ownEntries);
    }

    /// <summary>The entry recorded for a document, if any.</summary>
    public ManifestEntry? Find(string id) => _known.TryGetValue(id, out var entry) ? entry : null;

    /// <summary>
    /// True when the document was converted from inputs with this <paramref name="fingerprint"/> and every
    /// output file it wrote is still there with its length.
    /// </summary>
    public bool IsUpToDate(string id, string fingerprint)
    {
        if (!_known.TryGetValue(id, out var entry) || !string.Equals(entry.Fingerprint, fingerprint, StringComparison.Ordinal))
        {
            return false;
        }

        return entry.Outputs.All(o =>
        {
            var file = new FileInfo(Path.Combine(_outputFolder, o.Path));
            return file.Exists && file.Length == o.Length;
        });
    }

    /// <summary>Forgets a document (its conversion failed), so the next run tries it again.</summary>
    public Task ForgetAsync(string id, CancellationToken cancellationToken) =>
        _known.ContainsKey(id)
            ? AppendAsync(new ManifestEntry(id, "", 0, []), cancellationToken)
            : Task.CompletedTask;

    /// <summary>Records a converted document; durable once this returns.</summary>
    public Task RecordAsync(ManifestEntry entry, CancellationToken cancellationToken) => AppendAsync(entry, cancellationToken);

    /// <summary>Rewrites this run's journal with only the latest entry per document (atomically).</summary>
    public async Task CompactAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_journal is null)
            {
                return;
            }

            await _journal.DisposeAsync().ConfigureAwait(false);
            _journal = null;
            var lines = _own.Values.Where(e => e.Entry.Fingerprint.Length > 0).OrderBy(e => e.Entry.Id, StringComparer.Ordinal).ToList();
            var text = new byte[lines.Sum(l => l.Json.Length + 1)];
            var at = 0;
            foreach (var line in lines)
            {
                line.Json.CopyTo(text, at);
                at += line.Json.Length;
                text[at++] = (byte)'\n';
            }

            await AtomicFile.WriteAsync(_journalPath, text, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_journal is not null)
        {
            await _journal.DisposeAsync().ConfigureAwait(false);
        }

        _lock.Dispose();
    }

    private async Task AppendAsync(ManifestEntry entry, CancellationToken cancellationToken)
    {
        var line = ToJsonLine(entry);
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_journal is null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(_journalPath)!);
                _journal = new FileStream(_journalPath, FileMode.Append, FileAccess.Write, FileShare.Read, 4096, FileOptions.Asynchronous);

                // A killed run may have left a torn line; start on a fresh one so this entry parses.
                if (_journal.Length > 0)
                {
                    await _journal.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
                }
            }

            await _journal.WriteAsync(line, cancellationToken).ConfigureAwait(false);
            await _journal.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
            await _journal.FlushAsync(cancellationToken).ConfigureAwait(false);
            _known[entry.Id] = entry;
            _own[entry.Id] = new OwnLine(entry, line);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>The entry as one line of JSON (no line end).</summary>
    internal static byte[] ToJsonLine(ManifestEntry entry)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, LineOptions))
        {
            JsonSerializer.Serialize(writer, entry, BatchJsonContext.Default.ManifestEntry);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static async Task ReadJournalAsync(
        string path, ConcurrentDictionary<string, ManifestEntry> known, ConcurrentDictionary<string, OwnLine>? own, CancellationToken cancellationToken)
    {
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            ManifestEntry? entry;
            try
            {
                entry = JsonSerializer.Deserialize(line, BatchJsonContext.Default.ManifestEntry);
            }
            catch (JsonException)
            {
                // A line torn by a killed run: that document is simply converted again.
                continue;
            }

            if (entry is null || string.IsNullOrEmpty(entry.Id))
            {
                continue;
            }

            if (entry.Fingerprint.Length == 0)
            {
                known.TryRemove(entry.Id, out _);
                own?.TryRemove(entry.Id, out _);
            }
            else
            {
                known[entry.Id] = entry;
                if (own is not null)
                {
                    own[entry.Id] = new OwnLine(entry, Encoding.UTF8.GetBytes(line));
                }
            }
        }
    }

    /// <summary>An entry of this run's journal with the JSON line that records it.</summary>
    private sealed record OwnLine(ManifestEntry Entry, byte[] Json);
}

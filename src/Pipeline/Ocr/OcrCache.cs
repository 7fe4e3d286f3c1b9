using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pipeline.IO;

namespace Pipeline.Ocr;

/// <summary>
/// Recognised pages on disk, keyed by the image's SHA-256 and the engine and settings that read it,
/// so converting the same images again does not recognise them again. A damaged entry is a miss.
/// </summary>
public sealed class OcrCache
{

    public OcrCache(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = directory;
    }

    public string Directory { get; }

    /// <summary>The cache key of an image read by an engine with given settings.</summary>
    public static string Key(ReadOnlySpan<byte> image, string engineName, OcrOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var imageHash = Convert.ToHexStringLower(SHA256.HashData(image));
        var settingsHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(engineName + "|" + options.Fingerprint)));
        return $"{imageHash}-{settingsHash[..16]}";
    }

    /// <summary>The cached page, or null when there is none or it cannot be read.</summary>
    public async Task<OcrPage?> TryLoadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var stream = File.OpenRead(path);
            await using (stream.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync(stream, OcrJsonContext.Default.OcrPage, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Stores a page; written to a temporary file first so readers never see half an entry.</summary>
    public async Task StoreAsync(string key, OcrPage page, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathOf(key);
        await AtomicFile.WriteAsync(path, (stream, ct) => JsonSerializer.SerializeAsync(stream, page, OcrJsonContext.Default.OcrPage, ct), cancellationToken).ConfigureAwait(false);
    }

    private string PathOf(string key) => Path.Combine(Directory, key + ".json");
}

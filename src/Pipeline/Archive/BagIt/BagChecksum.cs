using System.Buffers;
using System.Collections.Immutable;
using System.Security.Cryptography;

namespace Pipeline.Archive.BagIt;

/// <summary>The manifest algorithms the writer and verifier know, by their RFC 8493 names.</summary>
internal static class BagChecksum
{
    public static readonly ImmutableArray<string> Supported = ["sha256", "sha384", "sha512"];

    private const int BufferSize = 81920;

    public static bool IsSupported(string algorithm) => Supported.Contains(algorithm);

    public static int HexLength(string algorithm) => algorithm switch
    {
        "sha384" => 96,
        "sha512" => 128,
        _ => 64,
    };

    /// <summary>Lower-case hex checksum of a file inside <paramref name="root"/>, opened as input and read in chunks.</summary>
    public static async Task<string> OfFileAsync(string root, string path, string algorithm, CancellationToken cancellationToken)
    {
        var stream = IO.InputFile.OpenRead(root, path);
        await using (stream.ConfigureAwait(false))
        {
            var hash = algorithm switch
            {
                "sha384" => await SHA384.HashDataAsync(stream, cancellationToken).ConfigureAwait(false),
                "sha512" => await SHA512.HashDataAsync(stream, cancellationToken).ConfigureAwait(false),
                _ => await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false),
            };
            return Convert.ToHexStringLower(hash);
        }
    }

    /// <summary>Checksums of <paramref name="bytes"/> by algorithm.</summary>
    public static ImmutableDictionary<string, string> Of(ReadOnlySpan<byte> bytes, ImmutableArray<string> algorithms)
    {
        var sums = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var algorithm in algorithms)
        {
            using var hash = IncrementalHash.CreateHash(Name(algorithm));
            hash.AppendData(bytes);
            sums[algorithm] = Convert.ToHexStringLower(hash.GetHashAndReset());
        }

        return sums.ToImmutable();
    }

    /// <summary>
    /// Copies <paramref name="source"/> to <paramref name="destination"/>, computing every algorithm's
    /// checksum on the way, so each payload file is read once however many manifests the bag has.
    /// </summary>
    public static async Task<(ImmutableDictionary<string, string> Sums, long Length)> CopyAsync(
        Stream source, Stream destination, ImmutableArray<string> algorithms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        var hashes = algorithms.Select(a => IncrementalHash.CreateHash(Name(a))).ToArray();
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long length = 0;
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                foreach (var hash in hashes)
                {
                    hash.AppendData(buffer, 0, read);
                }

                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                length += read;
            }

            var sums = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < hashes.Length; i++)
            {
                sums[algorithms[i]] = Convert.ToHexStringLower(hashes[i].GetHashAndReset());
            }

            return (sums.ToImmutable(), length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            foreach (var hash in hashes)
            {
                hash.Dispose();
            }
        }
    }

    private static HashAlgorithmName Name(string algorithm) => algorithm switch
    {
        "sha384" => HashAlgorithmName.SHA384,
        "sha512" => HashAlgorithmName.SHA512,
        "sha256" => HashAlgorithmName.SHA256,
        _ => throw new ArgumentException($"'{algorithm}' is not one of {string.Join(", ", Supported)}.", nameof(algorithm)),
    };
}

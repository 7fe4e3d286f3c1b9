using System.Collections.Immutable;
using System.Security.Cryptography;

namespace Pipeline.Archive.BagIt;

/// <summary>The manifest algorithms the verifier can check, by their RFC 8493 names.</summary>
internal static class BagChecksum
{
    public static readonly ImmutableArray<string> Supported = ["sha256", "sha384", "sha512"];

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
}

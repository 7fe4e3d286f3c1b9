using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Batch;

/// <summary>
/// One of <see cref="Count"/> disjoint parts of a corpus (<c>--shard i/n</c>, <c>i</c> counted from 0 as
/// Kubernetes' JOB_COMPLETION_INDEX is). A document belongs to the shard its id hashes to, so every machine
/// computes the same split without talking to the others, and adding a document never moves another.
/// </summary>
internal readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>The whole corpus as one shard.</summary>
    public static ShardSpec All => new(0, 1);

    /// <summary>Parses <c>i/n</c> with 0 &lt;= i &lt; n.</summary>
    public static bool TryParse(string? text, out ShardSpec shard, out string error)
    {
        shard = All;
        error = "";
        var parts = (text ?? "").Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            error = $"--shard '{text}' is not 'i/n' (for example 0/4: the first of four shards).";
            return false;
        }

        if (count < 1 || index >= count)
        {
            error = $"--shard '{text}': i must be 0 to n-1 and n at least 1.";
            return false;
        }

        shard = new ShardSpec(index, count);
        return true;
    }

    /// <summary>The shard (0 to <paramref name="count"/>-1) a document id belongs to.</summary>
    public static int Of(string documentId, int count)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);

        // SHA-256 rather than string.GetHashCode: the latter is randomised per process.
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(documentId), hash);
        var value = BinaryPrimitives.ReadUInt64LittleEndian(hash);
        return (int)(value % (ulong)count);
    }

    public bool Contains(string documentId) => Count == 1 || Of(documentId, Count) == Index;

    /// <summary>A file-name-safe label, empty for the whole corpus: <c>.shard-2-of-8</c>.</summary>
    public string FileSuffix => Count == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $".shard-{Index}-of-{Count}");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}

namespace Pipeline.Archive.BagIt;

/// <summary>The fixed names of a BagIt 1.0 bag (RFC 8493, section 2).</summary>
internal static class BagLayout
{
    public const string Declaration = "bagit.txt";
    public const string BagInfo = "bag-info.txt";
    public const string PayloadManifest = "manifest-sha256.txt";
    public const string TagManifest = "tagmanifest-sha256.txt";
    public const string PayloadFolder = "data";
    public const string FetchFile = "fetch.txt";
    public const string Version = "1.0";

    /// <summary>The payload manifest for <paramref name="algorithm"/>: <c>manifest-sha512.txt</c>.</summary>
    public static string PayloadManifestFor(string algorithm) => $"manifest-{algorithm}.txt";

    /// <summary>The tag manifest for <paramref name="algorithm"/>: <c>tagmanifest-sha512.txt</c>.</summary>
    public static string TagManifestFor(string algorithm) => $"tagmanifest-{algorithm}.txt";

    /// <summary>True for a top-level name the bag's own files use, which a kept tag file may not take.</summary>
    public static bool IsReservedName(string name) =>
        name is Declaration or BagInfo or PayloadFolder or FetchFile
        || name.StartsWith("manifest-", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("tagmanifest-", StringComparison.OrdinalIgnoreCase);

    /// <summary>The declaration every bag this pipeline writes starts with.</summary>
    public const string DeclarationText = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";
}

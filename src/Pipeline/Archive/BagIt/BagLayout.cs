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

    /// <summary>The declaration every bag this pipeline writes starts with.</summary>
    public const string DeclarationText = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";
}

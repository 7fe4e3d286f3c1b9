namespace Pipeline.Reading;

/// <summary>
/// The file a reader reads: the document's id, where the file is, the folder its images resolve against,
/// and the file's bytes, read once by the converter.
/// </summary>
public sealed record DocumentFile(string Id, string FilePath, string SourceDirectory, byte[] Bytes)
{
    public string FileName => Path.GetFileName(FilePath);

    /// <summary>The first bytes, for sniffing without looking at the whole file.</summary>
    public ReadOnlySpan<byte> Head(int count) => Bytes.AsSpan(0, Math.Min(count, Bytes.Length));
}

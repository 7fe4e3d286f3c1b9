using Pipeline.Ocr;

namespace Pipeline.Reading;

/// <summary>
/// The file a reader reads: the document's id, where the file is, the folder its images resolve against,
/// and the file's bytes, read once by the converter.
/// </summary>
public sealed record DocumentFile(string Id, string FilePath, string SourceDirectory, byte[] Bytes)
{
    public string FileName => Path.GetFileName(FilePath);

    /// <summary>
    /// How a reader may recognise pages that are only a picture (a scanned PDF); null: it may not
    /// (OCR switched off), and such pages stay unread.
    /// </summary>
    public OcrOptions? Ocr { get; init; } = new();

    /// <summary>The first bytes, for sniffing without looking at the whole file.</summary>
    public ReadOnlySpan<byte> Head(int count) => Bytes.AsSpan(0, Math.Min(count, Bytes.Length));
}

namespace Pipeline.Writing.Tei;

/// <summary>The TEI writer behind the writer seam: <see cref="TeiWriter"/> with the converter's per-document options.</summary>
public sealed class TeiDocumentWriter : IDocumentWriter
{
    public const string FormatName = "tei";

    public string Name => FormatName;

    public string Extension => ".xml";

    public bool WritesTei => true;

    public byte[] Write(WriterInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return TeiWriter.ToBytes(input.Document, input.TeiOptions, input.SchemaCheck);
    }
}

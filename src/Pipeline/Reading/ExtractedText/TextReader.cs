using Pipeline.Conversion;
using Pipeline.Diagnostics;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// The plain text of pdftotext (with or without <c>-layout</c>) and <c>mutool draw -F txt</c> behind the
/// reader seam: a <c>.txt</c> file, or any text whose pages end with form feeds.
/// </summary>
public sealed class TextReader : IDocumentReader
{
    private const int SniffBytes = 64 * 1024;
    private readonly ExtractedTextReader _reader = new();

    public string Format => "text";

    public int Sniff(DocumentFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var head = file.Head(SniffBytes);
        if (head.StartsWith("%PDF"u8) || head.IndexOf((byte)0) >= 0)
        {
            return 0;
        }

        if (head.IndexOf((byte)'\f') >= 0)
        {
            return 80;
        }

        return Path.GetExtension(file.FileName).Equals(".txt", StringComparison.OrdinalIgnoreCase) ? 60 : 0;
    }

    public ValueTask<ReadResult> ReadAsync(DocumentFile file, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);
        cancellationToken.ThrowIfCancellationRequested();
        var text = SourceText.Decode(file.Bytes, file.FileName, diagnostics);
        if (text is null)
        {
            return ValueTask.FromResult(ReadResult.Unreadable);
        }

        var document = _reader.Read(file.Id, file.SourceDirectory, text, diagnostics);
        return ValueTask.FromResult(new ReadResult(document, text));
    }
}

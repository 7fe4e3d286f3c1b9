using System.Text;
using System.Xml;

namespace Pipeline.Ocr;

/// <summary>Writes hOCR and ALTO files for a recognised page.</summary>
public static class OcrOutput
{
    private static XmlWriterSettings Settings => new()
    {
        Async = true,
        Indent = true,
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
    };

    public static async Task WriteHocrAsync(string path, OcrPage page, string imageName, string engineName, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            using var writer = XmlWriter.Create(stream, Settings);
            await HocrWriter.WriteAsync(writer, page, imageName, engineName).ConfigureAwait(false);
        }
    }

    public static async Task WriteAltoAsync(string path, OcrPage page, string imageName, string engineName, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            using var writer = XmlWriter.Create(stream, Settings);
            await AltoWriter.WriteAsync(writer, page, imageName, engineName).ConfigureAwait(false);
        }
    }
}

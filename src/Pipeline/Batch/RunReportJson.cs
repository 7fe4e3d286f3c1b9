using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pipeline.Batch;

/// <summary>
/// Writes a run report as <c>run-report.json</c> holds it: indented, and without escaping what JSON allows
/// as is ('+' in versions, non-ASCII ids). Indentation and escaping are the writer's, so the source-generated
/// serializer of <see cref="BatchJsonContext"/> writes the report directly; serializer options of their own
/// would send a report of hundreds of documents through the slower metadata-driven path.
/// </summary>
internal static class RunReportJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] ToUtf8Bytes(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var buffer = new ArrayBufferWriter<byte>(4096 + (report.Documents.Length * 1024));
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            JsonSerializer.Serialize(writer, report, BatchJsonContext.Default.RunReport);
        }

        return buffer.WrittenSpan.ToArray();
    }
}

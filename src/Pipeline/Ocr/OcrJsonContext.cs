using System.Text.Json.Serialization;

namespace Pipeline.Ocr;

/// <summary>Compile-time JSON contract of the OCR cache's entries (no reflection, so the native build can read them).</summary>
[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(OcrPage))]
internal sealed partial class OcrJsonContext : JsonSerializerContext;

using System.Text.Json.Serialization;

namespace Pipeline.Batch;

/// <summary>Compile-time JSON contracts for the batch's files: manifest lines and the run report.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = false)]
[JsonSerializable(typeof(ManifestEntry))]
[JsonSerializable(typeof(RunReport))]
internal sealed partial class BatchJsonContext : JsonSerializerContext;

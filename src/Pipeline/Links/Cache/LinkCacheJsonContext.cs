using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Links.Cache;

/// <summary>Compile-time JSON contract of the link cache's rows (web defaults, as the rows were always written).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CachedFetch))]
internal sealed partial class LinkCacheJsonContext : JsonSerializerContext;

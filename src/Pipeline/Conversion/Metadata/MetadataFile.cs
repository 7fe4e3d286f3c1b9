using System.Text;
using System.Text.Json;
using Pipeline.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Conversion.Metadata;

/// <summary>
/// Reads the optional per-document metadata file beside the input: <c>metadata.json</c> (one
/// object of strings or numbers) or <c>metadata.yaml</c> / <c>metadata.yml</c> (one mapping of
/// scalars). Nested values, unknown keys and malformed files are problems naming the file and,
/// where there is one, the field.
/// </summary>
internal static class MetadataFile
{
    public static IReadOnlyList<string> Names { get; } = ["metadata.json", "metadata.yaml", "metadata.yml"];

    /// <summary>The file's metadata (empty when there is none), or the problems that kept it from being read.</summary>
    public static async Task<(ArticleMetadata Metadata, IReadOnlyList<string> Problems)> ReadAsync(string directory, CancellationToken cancellationToken)
    {
        var present = Names.Select(name => Path.Combine(directory, name)).Where(File.Exists).ToList();
        if (present.Count == 0)
        {
            return (ArticleMetadata.Empty, []);
        }

        if (present.Count > 1)
        {
            return (ArticleMetadata.Empty, [$"{string.Join(" and ", present.Select(Path.GetFileName))}: give the metadata in one file only"]);
        }

        var path = present[0];
        var name = Path.GetFileName(path);
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, new UTF8Encoding(false, throwOnInvalidBytes: true), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return (ArticleMetadata.Empty, [$"{name}: cannot be read: {e.Message}"]);
        }

        return Parse(name, text);
    }

    /// <summary>Parses <paramref name="text"/> as JSON or YAML by the file name's extension.</summary>
    public static (ArticleMetadata Metadata, IReadOnlyList<string> Problems) Parse(string name, string text)
    {
        var (fields, problem) = name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? Json(name, text) : Yaml(name, text);
        return problem is not null ? (ArticleMetadata.Empty, [problem]) : MetadataFields.Build(name, fields);
    }

    private static (List<KeyValuePair<string, string>> Fields, string? Problem) Json(string name, string text)
    {
        var fields = new List<KeyValuePair<string, string>>();
        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (fields, $"{name}: must hold one JSON object of fields");
            }

            foreach (var property in json.RootElement.EnumerateObject())
            {
                var value = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number => property.Value.GetRawText(),
                    _ => null,
                };
                if (value is null)
                {
                    return (fields, $"{name}: field '{property.Name}' must be a string or a number, not {property.Value.ValueKind.ToString().ToLowerInvariant()}");
                }

                fields.Add(new(property.Name, value));
            }
        }
        catch (JsonException e)
        {
            return (fields, $"{name}: not valid JSON at line {(e.LineNumber ?? 0) + 1}: {e.Message}");
        }

        return (fields, null);
    }

    private static (List<KeyValuePair<string, string>> Fields, string? Problem) Yaml(string name, string text)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(text);
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            return (fields, $"{name}: not valid YAML at line {e.Start.Line}: {e.Message}");
        }

        if (stream.Documents.Count == 0)
        {
            return (fields, null);
        }

        if (stream.Documents.Count > 1 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            return (fields, $"{name}: must hold one mapping of 'field: value' lines");
        }

        foreach (var (key, value) in mapping.Children)
        {
            var field = key is YamlScalarNode keyScalar ? keyScalar.Value ?? "" : "";
            if (value is not YamlScalarNode scalar)
            {
                return (fields, $"{name}: field '{field}' (line {value.Start.Line}) must be a single value, not a list or mapping");
            }

            fields.Add(new(field, scalar.Value ?? ""));
        }

        return (fields, null);
    }
}

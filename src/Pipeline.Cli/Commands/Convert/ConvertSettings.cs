using Pipeline.Batch;

namespace Pipeline.Cli.Commands.Convert;

/// <summary>What <c>pipeline convert</c> was asked to do.</summary>
internal sealed class ConvertSettings
{
    public string[] Inputs { get; init; } = [];

    public string? Output { get; init; }

    public bool Force { get; init; }

    public string? Shard { get; init; }

    public int? Jobs { get; init; }

    public string? Report { get; init; }

    public bool NoOcr { get; init; }

    public bool CheckLinks { get; init; }

    public bool AnnotateLinks { get; init; }

    public string? InputFormat { get; init; }

    public bool Html { get; init; }

    public string[] Meta { get; init; } = [];

    public bool Plain { get; init; }

    /// <summary><c>--base DIR</c>: where a document read from standard input has its images (default: the current folder).</summary>
    public string? Base { get; init; }

    /// <summary><c>--fail-on warning</c>: a warning makes the exit code 2.</summary>
    public bool FailOnWarning { get; init; }

    /// <summary>The <c>--meta</c> pairs as header defaults, checked like a metadata file's fields.</summary>
    public (Pipeline.Model.ArticleMetadata Metadata, IReadOnlyList<string> Problems) MetadataDefaults()
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var pair in Meta)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                return (Pipeline.Model.ArticleMetadata.Empty, [$"--meta '{pair}': give KEY=VALUE"]);
            }

            pairs.Add(new(pair[..equals], pair[(equals + 1)..]));
        }

        return Pipeline.Conversion.Metadata.MetadataFields.Build("--meta", pairs);
    }

    /// <summary>The first usage error, or null.</summary>
    public string? UsageError()
    {
        if (Inputs.Length == 0)
        {
            return "give at least one document, corpus folder or text file, or '-' for standard input.";
        }

        if (SingleDocumentRun.Applies(this))
        {
            if (SingleDocumentRun.UsageError(this) is { } single)
            {
                return single;
            }
        }
        else if (string.IsNullOrWhiteSpace(Output))
        {
            return "--output <DIR> is required (or '-o -' to write one document's TEI to standard output).";
        }
        else if (Base is not null)
        {
            return "--base names the folder of a document read from standard input ('-'); document folders and files have their own.";
        }

        if (MetadataDefaults().Problems is [var metaProblem, ..])
        {
            return metaProblem;
        }

        if (Jobs is < 1)
        {
            return "--jobs must be at least 1.";
        }

        if (InputFormat is not null && !Reading.DocumentReaders.Default().Any(r => string.Equals(r.Format, InputFormat, StringComparison.OrdinalIgnoreCase)))
        {
            return $"--input-format must be one of: {string.Join(", ", Reading.DocumentReaders.Default().Select(r => r.Format))}.";
        }

        return Shard is not null && !ShardSpec.TryParse(Shard, out _, out var error) ? error : null;
    }
}

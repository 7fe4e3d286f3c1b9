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

    public bool Plain { get; init; }

    /// <summary><c>--fail-on warning</c>: a warning makes the exit code 2.</summary>
    public bool FailOnWarning { get; init; }

    /// <summary>The first usage error, or null.</summary>
    public string? UsageError()
    {
        if (string.IsNullOrWhiteSpace(Output))
        {
            return "--output <DIR> is required.";
        }

        if (Inputs.Length == 0)
        {
            return "give at least one document, corpus folder or text file.";
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

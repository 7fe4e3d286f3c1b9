namespace Pipeline.Cli.Commands.Links;

/// <summary>What <c>pipeline links</c> was asked to do.</summary>
internal sealed class LinksSettings
{
    public string[] Paths { get; init; } = [];

    public string? Report { get; init; }

    public string? Html { get; init; }

    public bool Annotate { get; init; }

    public bool AllowPrivate { get; init; }

    public string? Cache { get; init; }

    public bool NoCache { get; init; }

    public double MaxAgeHours { get; init; } = 168;

    public string ArchiveUrl { get; init; } = "https://archive.org";

    public bool NoArchive { get; init; }

    public double TimeoutSeconds { get; init; } = 900;

    public double AttemptTimeoutSeconds { get; init; } = 10;

    public int Retries { get; init; } = 3;

    public int PerHost { get; init; } = 2;

    public int IntervalMs { get; init; } = 500;

    public int Concurrency { get; init; } = 16;

    public string[] Exclude { get; init; } = [];

    public string[] Include { get; init; } = [];

    public string? IgnoreFile { get; init; }

    public string[] Accept { get; init; } = [];

    public LinksFormat Format { get; init; } = LinksFormat.Table;

    /// <summary>Where the <see cref="Format"/> report goes; null or - for standard output.</summary>
    public string? Output { get; init; }

    /// <summary>Standard input for <c>-</c>; tests give their own.</summary>
    public Func<CancellationToken, Task<string>>? ReadStandardInput { get; init; }

    /// <summary>The first usage error, or null.</summary>
    public string? UsageError()
    {
        if (Paths.Length == 0)
        {
            return "give at least one TEI file or directory, URL, or - for URLs on standard input.";
        }

        if (PerHost < 1 || Concurrency < 1 || Retries < 0 || IntervalMs < 0 || TimeoutSeconds <= 0 || AttemptTimeoutSeconds <= 0 || MaxAgeHours < 0)
        {
            return "limits must be positive.";
        }

        return Uri.TryCreate(ArchiveUrl, UriKind.Absolute, out _) ? null : "--archive-url must be an absolute URL.";
    }
}

/// <summary>What <c>--format</c> writes: a table for people, JSON for programs, Markdown for issues and wikis.</summary>
internal enum LinksFormat
{
    Table,
    Json,
    Markdown,
}

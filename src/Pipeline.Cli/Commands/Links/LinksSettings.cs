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

    /// <summary>The first usage error, or null.</summary>
    public string? UsageError()
    {
        if (Paths.Length == 0)
        {
            return "give at least one TEI file or directory.";
        }

        if (PerHost < 1 || Concurrency < 1 || Retries < 0 || IntervalMs < 0 || TimeoutSeconds <= 0 || AttemptTimeoutSeconds <= 0 || MaxAgeHours < 0)
        {
            return "limits must be positive.";
        }

        return Uri.TryCreate(ArchiveUrl, UriKind.Absolute, out _) ? null : "--archive-url must be an absolute URL.";
    }
}

using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Links;

/// <summary>Arguments of <c>pipeline links</c>.</summary>
internal sealed class LinksSettings : CommandSettings
{
    [CommandArgument(0, "<paths>")]
    [Description("TEI files, or directories searched for *.xml")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--report <FILE>")]
    [Description("Write the JSON report here")]
    public string? Report { get; init; }

    [CommandOption("--html <FILE>")]
    [Description("Write an HTML report here")]
    public string? Html { get; init; }

    [CommandOption("--annotate")]
    [Description("Write archived copies into the TEI beside the original links")]
    public bool Annotate { get; init; }

    [CommandOption("--allow-private")]
    [Description("Also fetch hosts on loopback, private or link-local addresses")]
    public bool AllowPrivate { get; init; }

    [CommandOption("--cache <FILE>")]
    [Description("SQLite cache of results (default: ~/.cache/pipeline/links.sqlite)")]
    public string? Cache { get; init; }

    [CommandOption("--no-cache")]
    [Description("Neither read nor write the cache")]
    public bool NoCache { get; init; }

    [CommandOption("--max-age <HOURS>")]
    [Description("Cached results older than this are fetched again (default 168)")]
    public double MaxAgeHours { get; init; } = 168;

    [CommandOption("--archive-url <URL>")]
    [Description("Base URL of the Wayback availability API (default https://archive.org)")]
    public string ArchiveUrl { get; init; } = "https://archive.org";

    [CommandOption("--no-archive")]
    [Description("Do not look up archived copies")]
    public bool NoArchive { get; init; }

    [CommandOption("--timeout <SECONDS>")]
    [Description("Bound on the whole run (default 900)")]
    public double TimeoutSeconds { get; init; } = 900;

    [CommandOption("--attempt-timeout <SECONDS>")]
    [Description("Bound on one HTTP attempt (default 10)")]
    public double AttemptTimeoutSeconds { get; init; } = 10;

    [CommandOption("--retries <N>")]
    [Description("Retries on transient failures (default 3)")]
    public int Retries { get; init; } = 3;

    [CommandOption("--per-host <N>")]
    [Description("Requests in flight per host (default 2)")]
    public int PerHost { get; init; } = 2;

    [CommandOption("--interval <MS>")]
    [Description("Minimum milliseconds between requests to one host (default 500)")]
    public int IntervalMs { get; init; } = 500;

    [CommandOption("--concurrency <N>")]
    [Description("Requests in flight over all hosts (default 16)")]
    public int Concurrency { get; init; } = 16;

    public override ValidationResult Validate()
    {
        if (Paths.Length == 0)
        {
            return ValidationResult.Error("give at least one TEI file or directory");
        }

        if (PerHost < 1 || Concurrency < 1 || Retries < 0 || IntervalMs < 0 || TimeoutSeconds <= 0 || AttemptTimeoutSeconds <= 0 || MaxAgeHours < 0)
        {
            return ValidationResult.Error("limits must be positive");
        }

        return Uri.TryCreate(ArchiveUrl, UriKind.Absolute, out _)
            ? ValidationResult.Success()
            : ValidationResult.Error("--archive-url must be an absolute URL");
    }
}

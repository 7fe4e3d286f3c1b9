namespace Pipeline.Cli.Commands.Archive;

/// <summary>What <c>pipeline archive</c> was asked to do.</summary>
internal sealed class ArchiveSettings
{
    public const string DefaultOrganization = "Pipeline";

    public const string DefaultDescription = "TEI P5 encodings of scraped humanities essays, with their images and link report.";

    public string Output { get; init; } = "";

    public string Bag { get; init; } = "";

    public string Organization { get; init; } = DefaultOrganization;

    public string Description { get; init; } = DefaultDescription;

    public string[] LinkReports { get; init; } = [];

    /// <summary>The usage error, or null.</summary>
    public string? UsageError() =>
        string.IsNullOrWhiteSpace(Bag) ? "--bag <DIR> is required: the folder to write the bag to." : null;
}

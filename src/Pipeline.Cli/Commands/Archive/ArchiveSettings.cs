using System.ComponentModel;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Archive;

/// <summary>Arguments of <c>pipeline archive</c>.</summary>
internal sealed class ArchiveSettings : CommandSettings
{
    [CommandArgument(0, "<output>")]
    [Description("The conversion's output folder (TEI files, their images, the link report).")]
    public string Output { get; init; } = "";

    [CommandOption("--bag <DIR>")]
    [Description("Where to write the bag; must not exist or be empty.")]
    public string Bag { get; init; } = "";

    [CommandOption("--organization <NAME>")]
    [Description("Source-Organization written to bag-info.txt.")]
    [DefaultValue("Pipeline")]
    public string Organization { get; init; } = "Pipeline";

    [CommandOption("--description <TEXT>")]
    [Description("External-Description written to bag-info.txt.")]
    [DefaultValue("TEI P5 encodings of scraped humanities essays, with their images and link report.")]
    public string Description { get; init; } = "TEI P5 encodings of scraped humanities essays, with their images and link report.";

    [CommandOption("--link-report <FILE>")]
    [Description("A link report written outside the output folder, archived at the top of data/ (repeatable). One inside it (links.json, link-report.html …) is found by itself.")]
    public string[] LinkReports { get; init; } = [];

    /// <summary>The usage error, or null (checked by the command, so it exits 1 rather than with a stack trace).</summary>
    public string? UsageError() =>
        string.IsNullOrWhiteSpace(Bag) ? "--bag <DIR> is required: the folder to write the bag to." : null;
}

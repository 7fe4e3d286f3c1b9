using System.ComponentModel;
using Pipeline.Batch;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Convert;

/// <summary>Arguments of <c>pipeline convert</c>.</summary>
internal sealed class ConvertSettings : CommandSettings
{
    [CommandArgument(0, "<inputs>")]
    [Description("Document folders (holding document.pdf, document.md or document.txt), corpus folders (holding document folders), or PDF or text files.")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("-o|--out <DIR>")]
    [Description("Folder that receives <id>.xml and <id>/ with the figure images.")]
    public string? Output { get; init; }

    [CommandOption("--force")]
    [Description("Convert every document, even those whose inputs and pipeline have not changed since the last run.")]
    public bool Force { get; init; }

    [CommandOption("--shard <I/N>")]
    [Description("Convert only shard I of N (I from 0), chosen by a stable hash of each document id.")]
    public string? Shard { get; init; }

    [CommandOption("-j|--jobs <N>")]
    [Description("Documents converted at once (default: one per core).")]
    public int? Jobs { get; init; }

    [CommandOption("--report <FILE>")]
    [Description("Where to write the JSON run report (default: run-report.json in the output folder).")]
    public string? Report { get; init; }

    [CommandOption("--no-ocr")]
    [Description("Do not recognise figure images; figures are written without a transcription.")]
    public bool NoOcr { get; init; }

    [CommandOption("--check-links")]
    [Description("After converting, check every URL cited in the output (links.json and links.html in the output folder).")]
    public bool CheckLinks { get; init; }

    [CommandOption("--annotate-links")]
    [Description("With --check-links: write archived snapshots of links that are not fine into the TEI beside the original link.")]
    public bool AnnotateLinks { get; init; }

    [CommandOption("--input-format <FORMAT>")]
    [Description("Read every document as this format (pdf, scrape, text, pdf2md) instead of recognising each one's format.")]
    public string? InputFormat { get; init; }

    [CommandOption("--plain")]
    [Description("Plain progress lines even on a terminal.")]
    public bool Plain { get; init; }

    /// <summary>
    /// The first usage error, or null. Checked by the command rather than by Spectre's validation, which,
    /// with exceptions propagated, would end the program with a stack trace instead of exit code 1.
    /// </summary>
    public string? UsageError()
    {
        if (string.IsNullOrWhiteSpace(Output))
        {
            return "--out <DIR> is required.";
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

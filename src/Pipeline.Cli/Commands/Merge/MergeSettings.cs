using System.ComponentModel;
using Spectre.Console.Cli;

namespace Pipeline.Cli.Commands.Merge;

/// <summary>Arguments of <c>pipeline merge</c>.</summary>
internal sealed class MergeSettings : CommandSettings
{
    [CommandArgument(0, "<reports>")]
    [Description("Output folders (their run-report.shard-i-of-n.json files) or shard report files.")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--corpus <DIR>")]
    [Description("The input the shards were cut from: every document in it must be in one shard's report.")]
    public string[] Corpus { get; init; } = [];

    [CommandOption("--report <FILE>")]
    [Description("Where to write the merged report (default: run-report.json in the first output folder).")]
    public string? Report { get; init; }
}

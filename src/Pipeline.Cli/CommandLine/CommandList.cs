using System.CommandLine;
using Pipeline.Cli.Commands.Archive;
using Pipeline.Cli.Commands.Bench;
using Pipeline.Cli.Commands.Convert;
using Pipeline.Cli.Commands.Links;
using Pipeline.Cli.Commands.Merge;
using Pipeline.Cli.Commands.Ocr;
using Pipeline.Cli.Commands.Preview;
using Pipeline.Cli.Commands.Validate;
using Pipeline.Cli.Commands.Verify;

namespace Pipeline.Cli.CommandLine;

/// <summary>
/// Every command of <c>pipeline</c>, in the order help lists them. Adding a command: one file with a
/// <c>static Command Create(GlobalOptions global)</c> in <c>Commands/&lt;Name&gt;/</c>, and one line here.
/// </summary>
internal static class CommandList
{
    public static IEnumerable<Command> All(GlobalOptions global) =>
    [
        ConvertCommand.Create(global),
        MergeCommand.Create(global),
        ValidateCommand.Create(global),
        OcrCommand.Create(global),
        LinksCommand.Create(global),
        PreviewCommand.Create(global),
        ArchiveCommand.Create(global),
        VerifyCommand.Create(global),
        BenchCommand.Create(global),
    ];
}

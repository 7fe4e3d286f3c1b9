using System.CommandLine;
using Pipeline.Cli.CommandLine;

namespace Pipeline.Cli.Commands.Preview;

/// <summary><c>pipeline preview &lt;tei files or folders&gt;</c>: proofreading pages and an index for existing TEI.</summary>
internal static class PreviewCommand
{
    public static Command Create(GlobalOptions global)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "TEI files, or folders of them (an output folder of convert).",
            Arity = ArgumentArity.OneOrMore,
        };
        var links = new Option<string?>("--links")
        {
            Description = "Link report to show statuses from (default: links.json beside the TEI, when it exists).",
            HelpName = "FILE",
        };
        var command = new Command("preview", "Write proofreading HTML pages and an index for existing TEI.") { paths, links };
        command.SetAction((parse, cancellationToken) =>
        {
            var cli = global.Context(parse);
            return new PreviewRun(cli.Quiet ? TextWriter.Null : cli.Out, cli.Error)
                .ExecuteAsync(parse.GetValue(paths) ?? [], parse.GetValue(links), cancellationToken);
        });
        return command;
    }
}
